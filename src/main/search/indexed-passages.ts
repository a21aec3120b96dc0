import type { DocumentMeta, PlacedHighlight } from '../../shared/model'
import type { HitKind, TextRange } from '../../shared/search'
import { tagKey } from '../../shared/tags'
import { cutLongBlocks, textBlocks } from '../../shared/text'

/** Passage ids from `from` up to `to` (excluded): the passages made together, which are removed together. */
export interface IdRange {
  from: number
  to: number
}

/** A document as the index holds it. Its passages point at it, so an edit changes it in place. */
export interface IndexedDocument {
  id: string
  /** A small number of its own, for arrays indexed by document. */
  slot: number
  title: string
  outlet: string | null
  /** The outlet lower-cased, for the outlet filter. */
  outletKey: string | null
  /** The document's own tags, lower-cased for the tag filter. */
  tagKeys: string[]
  /** The canonical text in UTF-8, kept to cut snippets and mark them: half the memory of a string with curly quotes in it. Null when it could not be read. */
  text: Buffer | null
  /** The hash of `text`, so that an edit that leaves the text alone does not index it again. */
  textHash: string | null
  /** Title, outlet and the document's tags. */
  fields: IdRange
  paragraphs: IdRange
  /** Per highlight id (and `''` for the document's note), the passages made from it and what they were made of. */
  annotations: Map<string, { signature: string; ids: IdRange }>
}

export interface HighlightRef {
  id: string
  categoryId: string
  tagKeys: string[]
  /** Where the highlight lies in the text, in UTF-16 offsets; null for an orphan. */
  range: TextRange | null
}

/** A paragraph of the text, located by its UTF-16 start and its bytes in `doc.text`. */
export interface TextPassage {
  kind: 'text'
  doc: IndexedDocument
  start: number
  byteStart: number
  byteEnd: number
}

/** A title, an outlet, or a highlight's quote, note or tags (a document's own note and tags when `highlight` is null). */
export interface FieldPassage {
  kind: Exclude<HitKind, 'text'>
  doc: IndexedDocument
  text: string
  highlight: HighlightRef | null
}

export type Passage = TextPassage | FieldPassage

/** A passage with its text, as it is added to the index. */
export interface NewPassage {
  passage: Passage
  text: string
}

/** Paragraphs longer than this are cut at a space, so that a hit points at no more than a reader takes in at a glance. */
const MAX_PASSAGE = 1500

function field(doc: IndexedDocument, kind: FieldPassage['kind'], text: string, highlight: HighlightRef | null = null): NewPassage {
  return { passage: { kind, doc, text, highlight }, text }
}

/** The passages of a catalog entry: title, outlet and the document's tags. */
export function fieldPassages(doc: IndexedDocument, meta: Pick<DocumentMeta, 'title' | 'outlet' | 'tags'>): NewPassage[] {
  const passages = [field(doc, 'title', meta.title)]
  if (meta.outlet) passages.push(field(doc, 'outlet', meta.outlet))
  if (meta.tags.length > 0) passages.push(field(doc, 'tag', meta.tags.join(', ')))
  return passages
}

/** The paragraphs of a text, in order, each located by its bytes in the text's UTF-8. */
export function paragraphPassages(doc: IndexedDocument, text: string): NewPassage[] {
  const passages: NewPassage[] = []
  let bytes = 0
  let previous = 0
  for (const { start, end } of paragraphs(text)) {
    const slice = text.slice(start, end)
    const byteStart = bytes + Buffer.byteLength(text.slice(previous, start))
    bytes = byteStart + Buffer.byteLength(slice)
    previous = end
    passages.push({ passage: { kind: 'text', doc, start, byteStart, byteEnd: bytes }, text: slice })
  }
  return passages
}

/** The text's blocks (`textBlocks`), the long ones cut at the last white space before `MAX_PASSAGE`. */
function paragraphs(text: string): TextRange[] {
  return cutLongBlocks(text, textBlocks(text), MAX_PASSAGE)
}

/** The passages of a document's own note. */
export function notePassages(doc: IndexedDocument, note: string): NewPassage[] {
  return note.trim() === '' ? [] : [field(doc, 'note', note)]
}

/** The passages of a highlight: its quote (as the text reads there now), its note and its tags. */
export function highlightPassages(doc: IndexedDocument, h: PlacedHighlight, text: string | null): NewPassage[] {
  const ref: HighlightRef = { id: h.id, categoryId: h.categoryId, tagKeys: h.tags.map(tagKey), range: h.range }
  const quote = h.range && text !== null ? detached(text.slice(h.range.start, h.range.end)) : h.quote.exact
  const passages = [field(doc, 'highlight', quote, ref)]
  if (h.note.trim() !== '') passages.push(field(doc, 'note', h.note, ref))
  if (h.tags.length > 0) passages.push(field(doc, 'tag', h.tags.join(', '), ref))
  return passages
}

/** What a highlight's passages are made of: when it is unchanged, an edit elsewhere in the document leaves them be. */
export function highlightSignature(h: PlacedHighlight): string {
  return JSON.stringify([h.categoryId, h.tags, h.note, h.range, h.range ? null : h.quote.exact])
}

/**
 * A copy of a slice. V8 keeps a slice of 13 characters or more as a view of the string it was cut from, so a quote
 * kept as a slice would keep its whole document's text alive (V8 issue 2869); a concatenation flattened and cut again
 * holds only its own characters.
 */
function detached(slice: string): string {
  return ` ${slice}`.slice(1)
}
