import type { ImportedDocument, ImportedHighlight } from './types'
import { DC_SOURCE, DC_TITLE } from './web-annotation-types'

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function list(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

/** The annotations of a collection (its first page), of a page, of an array, or a single one. */
function annotationsOf(json: unknown): unknown[] {
  if (Array.isArray(json)) return json
  if (!isObject(json)) throw new Error('The file is not a Web Annotation document: expected a JSON object.')
  if (json.type === 'Annotation') return [json]
  const page = json.type === 'AnnotationCollection' ? json.first : json
  if (!isObject(page) || !Array.isArray(page.items)) throw new Error('The annotation collection has no page with an items list.')
  return page.items
}

function selectorOf(selectors: unknown[], type: string): Json | undefined {
  return selectors.find((s): s is Json => isObject(s) && s.type === type)
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

/** One annotation as a highlight; its bodies are read by purpose, a body without one counting as a comment. */
function readAnnotation(item: unknown, index: number): { source: string; title: string; sourceName: string; highlight: ImportedHighlight } {
  const where = `Annotation ${index + 1}`
  if (!isObject(item) || item.type !== 'Annotation') throw new Error(`${where} is not an object of type Annotation.`)
  if (item.body !== undefined && item.bodyValue !== undefined) throw new Error(`${where} has both body and bodyValue.`)
  const target = list(item.target)[0]
  if (!isObject(target) || typeof target.source !== 'string') throw new Error(`${where} has no target with a source.`)
  const selectors = list(target.selector)
  const quote = selectorOf(selectors, 'TextQuoteSelector')
  const position = selectorOf(selectors, 'TextPositionSelector')
  if (!quote || typeof quote.exact !== 'string') throw new Error(`${where} has no TextQuoteSelector with an exact text.`)
  const { start, end } = position ?? {}
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (start as number) > (end as number)) {
    throw new Error(`${where} has no TextPositionSelector with whole-number start and end, start not after end.`)
  }
  const highlight: ImportedHighlight = {
    categoryId: '', tags: [], note: text(item.bodyValue),
    position: { start: start as number, end: end as number },
    quote: { exact: quote.exact, prefix: text(quote.prefix), suffix: text(quote.suffix) },
    orphan: null
  }
  for (const body of list(item.body).filter(isObject)) {
    const value = text(body.value)
    if (body.purpose === 'tagging') highlight.tags.push(value)
    else if (body.purpose === 'classifying') highlight.categoryId = value
    else if (body.purpose === 'commenting' || body.purpose === undefined) highlight.note = highlight.note ? `${highlight.note}\n\n${value}` : value
  }
  return { source: target.source, title: text(target[DC_TITLE]) || target.source, sourceName: text(target[DC_SOURCE]), highlight }
}

/**
 * Reads Web Annotation JSON back into highlights grouped by document, in the order met.
 * `categoryId` holds the category *name* from the classifying body (empty when there is
 * none): ids are local to a library, so the caller maps names to its own categories.
 * `orphan` is always null: the caller anchors the selectors again in its own text.
 * Throws an Error with one sentence when the input is not usable.
 */
export function fromWebAnnotation(json: unknown): ImportedDocument[] {
  const documents = new Map<string, ImportedDocument>()
  annotationsOf(json).forEach((item, index) => {
    const { source, title, sourceName, highlight } = readAnnotation(item, index)
    const doc = documents.get(source) ?? { documentTitle: title, sourceName, highlights: [] }
    doc.highlights.push(highlight)
    documents.set(source, doc)
  })
  return [...documents.values()]
}
