/** A range of a document's canonical text in UTF-16 units, as the reader's DOM ranges count: every result's offsets are these. */
export interface Span {
  start: number
  end: number
}

/**
 * Why a span is page rather than article: the site's header, a byline, a widget or menu line inside the page, a
 * picture caption, a comment section, or a list of other stories at the foot. A byline is kept out of the comparison
 * but never folded.
 */
export type BoilerplateReason = 'header' | 'byline' | 'furniture' | 'caption' | 'comments' | 'other-stories'

export interface BoilerplateSpan extends Span {
  reason: BoilerplateReason
}

/** A passage of another document that says what this one says; `score` in (0, 1], 1 for the same words. */
export interface Counterpart extends Span {
  documentId: string
  score: number
  /** The evidence beside the score: how many sentences of this document have a match in that one. */
  shared: number
}

export interface Passage extends Span {
  /** How many documents carry the passage, this one included: 1 is "only here". */
  carriers: number
  /** Best first, at most one per other document: only links (see `LINK_THRESHOLD`). */
  counterparts: Counterpart[]
  /** Documents otherwise unrelated to this one that carry the passage too: two or more make it furniture, with no counterparts. */
  furniture: number
}

/** What share of a document's text is in another one, by its words weighed by rarity: "64% of this text is in that one". */
export interface Reuse {
  documentId: string
  /** From 0 to 1. */
  share: number
}

/** A stretch of the overview strip: what share of its characters is shared, unique, or boilerplate. */
export interface OverviewBucket extends Span {
  shared: number
  unique: number
  boilerplate: number
  /** The most documents any passage in the stretch is carried by. */
  carriers: number
}

/** A quotation in a document, with the speaker where the text names one; `quotes()` says which others it matches. */
export interface DocumentQuote extends Span {
  text: string
  speaker: string | null
}

export interface DocumentAnalysis {
  documentId: string
  /** Documents in the corpus, for "in 3 of 5". */
  corpusSize: number
  boilerplate: BoilerplateSpan[]
  /** One per reader block that is not wholly boilerplate. */
  paragraphs: Passage[]
  sentences: Passage[]
  overview: OverviewBucket[]
  /** The documents this one shares passages with, most reused first. */
  reuse: Reuse[]
  quotes: DocumentQuote[]
}

/** A piece of a word diff: words both versions have, or that only the other version ('removed') or this one ('added') has. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed'
  text: string
  /**
   * What comes before the part in its own version (a space, ". "), so the parts read as words apart; a single space
   * where that version's words start, when another part comes first.
   */
  space: string
}

export interface QuoteMember extends Span {
  documentId: string
  text: string
  speaker: string | null
  /** A paraphrase is an unquoted sentence that reports the quote in other words. */
  kind: 'quote' | 'paraphrase'
  /** How this member differs from the cluster's first quote. */
  diff: DiffPart[]
}

/** One remark as the documents quote it: cut, reworded, or paraphrased. */
export interface QuoteCluster {
  id: string
  /** The most often named speaker of the members. */
  speaker: string | null
  documents: number
  members: QuoteMember[]
}
