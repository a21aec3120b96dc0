/** A span of UTF-16 offsets, end excluded. */
export interface TextRange {
  start: number
  end: number
}

/** What the search box asks: its text, and the filters set beside it. */
export interface SearchQuery {
  text: string
  documentId?: string
  /** Compared ignoring case. */
  outlet?: string
  /** Hits in highlights that carry the tag, and anywhere in documents that carry it; compared ignoring case. */
  tag?: string
  /** Hits in highlights of this category only. */
  categoryId?: string
  /** Hits in notes only: highlights' notes and documents' own notes. */
  notesOnly?: boolean
  /** The most documents to return; `DEFAULT_LIMIT` when unset. */
  limit?: number
}

export const DEFAULT_LIMIT = 20
export const MAX_LIMIT = 200

/** Where a hit was found: the document's text, its title or outlet, or a highlight's quote, note or tags (or the document's own note and tags). */
export type HitKind = 'text' | 'title' | 'outlet' | 'highlight' | 'note' | 'tag'

/** A short excerpt around a match; `marks` are ranges in `text` to show as matched. Plain text, never HTML. */
export interface Snippet {
  text: string
  marks: TextRange[]
}

export interface SearchHit {
  kind: HitKind
  /**
   * Where the reader scrolls to and marks, in UTF-16 offsets of the document's canonical text: the first matched words of
   * a text or highlight hit, the highlight of a note or tag hit. Null for a title or outlet, for the document's own note
   * and tags, and for an orphaned highlight, none of which lie in the text.
   */
  range: TextRange | null
  highlightId: string | null
  snippet: Snippet
}

export interface SearchGroup {
  documentId: string
  title: string
  outlet: string | null
  /** Passages of the document that match; `hits` holds the first few of them, in reading order. */
  hitCount: number
  hits: SearchHit[]
}

export interface SearchResults {
  /** The best documents, at most the query's limit, best first. */
  groups: SearchGroup[]
  /** Documents that match, including those beyond the limit: an exact count, phrases included. */
  total: number
  tookMs: number
}
