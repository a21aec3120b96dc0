/** The subset of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) that Parallax writes. */

export interface TextualBody {
  type: 'TextualBody'
  purpose: 'commenting' | 'tagging' | 'classifying'
  value: string
  format?: 'text/markdown'
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  prefix: string
  suffix: string
}

export interface TextPositionSelector {
  type: 'TextPositionSelector'
  start: number
  end: number
}

/** Full Dublin Core IRIs as keys: they need no extra `@context`, so the collection's context stays the plain anno.jsonld. */
export const DC_TITLE = 'http://purl.org/dc/terms/title'
export const DC_SOURCE = 'http://purl.org/dc/terms/source'

export interface WebAnnotationTarget {
  source: string
  /** The document's title, so an import can name what it creates. */
  [DC_TITLE]: string
  /** The file the document was imported from. */
  [DC_SOURCE]: string
  selector: [TextQuoteSelector, TextPositionSelector]
}

export interface WebAnnotation {
  type: 'Annotation'
  id: string
  created: string
  modified: string
  motivation: 'highlighting' | 'commenting'
  body: TextualBody[]
  target: WebAnnotationTarget
}

export interface WebAnnotationCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld'
  id: string
  type: 'AnnotationCollection'
  label: string
  total: number
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] }
}
