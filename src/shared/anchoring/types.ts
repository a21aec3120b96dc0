/** W3C TextPositionSelector: offsets in Unicode code points, as the model defines them. */
export interface TextPosition {
  start: number
  end: number
}

/** W3C TextQuoteSelector. */
export interface TextQuote {
  exact: string
  prefix: string
  suffix: string
}

export interface Selectors {
  position: TextPosition
  quote: TextQuote
}

export type AnchorMethod = 'position' | 'quote' | 'fuzzy'

export type OrphanReason = 'not-found' | 'ambiguous' | 'low-score'

/** An anchored range is in UTF-16 units of the new text, ready for `slice` and DOM ranges. */
export type AnchorResult =
  | { status: 'anchored'; start: number; end: number; method: AnchorMethod; score: number }
  | { status: 'orphan'; reason: OrphanReason }
