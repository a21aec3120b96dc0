import type { Category, DocumentMeta, Highlight } from '../model'
import { categoryName, selectDocuments } from './select'
import type { ExportDocument, ExportOptions } from './types'
import { DC_SOURCE, DC_TITLE, type TextualBody, type WebAnnotation, type WebAnnotationCollection } from './web-annotation-types'

const DOCUMENT_URN = 'urn:parallax:document:'
const HIGHLIGHT_URN = 'urn:parallax:highlight:'

/** The note, each tag and the category as separate bodies, told apart by `purpose`, so other tools can read each on its own. */
function bodies(h: Highlight, category: string): TextualBody[] {
  const body: TextualBody[] = []
  if (h.note.trim() !== '') body.push({ type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: h.note })
  for (const tag of h.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag })
  body.push({ type: 'TextualBody', purpose: 'classifying', value: category })
  return body
}

function annotation(meta: DocumentMeta, h: Highlight, categories: readonly Category[]): WebAnnotation {
  return {
    type: 'Annotation',
    id: `${HIGHLIGHT_URN}${h.id}`,
    created: h.createdAt,
    modified: h.updatedAt,
    motivation: h.note.trim() === '' ? 'highlighting' : 'commenting',
    body: bodies(h, categoryName(categories, h.categoryId)),
    target: {
      source: `${DOCUMENT_URN}${meta.id}`,
      [DC_TITLE]: meta.title,
      [DC_SOURCE]: meta.sourceName,
      selector: [
        { type: 'TextQuoteSelector', exact: h.quote.exact, prefix: h.quote.prefix, suffix: h.quote.suffix },
        { type: 'TextPositionSelector', start: h.position.start, end: h.position.end }
      ]
    }
  }
}

/**
 * All highlights as one AnnotationCollection with a single page. Orphans are written like
 * the others, with the selectors they last had; whether they can be placed is for the
 * importing side to find out by anchoring them again. `group` does not apply.
 */
export function toWebAnnotation(docs: ExportDocument[], categories: Category[], options: ExportOptions): WebAnnotationCollection {
  const items = selectDocuments(docs, options).flatMap(({ meta, highlights }) => highlights.map((h) => annotation(meta, h, categories)))
  const id = `urn:parallax:export:${options.exportedAt}`
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: options.tag ? `Parallax notes tagged ${options.tag}` : 'Parallax notes',
    total: items.length,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items }
  }
}
