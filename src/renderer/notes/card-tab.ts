/** What the notes panel follows of the focused pane to know when a highlight's card should come forward. */
export interface CardFocus {
  pane: number
  /** The pane's count of highlights picked (see `PaneState.picks`). */
  picks: number
}

/**
 * Whether the Document tab should come forward to show a highlight's card: a highlight was picked in the focused pane
 * (clicked, made, or opened from a list). Opening a document, or focusing a pane whose card is open, leaves the tab
 * alone: a reader who opens a quote's version stays in Quotes.
 */
export function opensCard(before: CardFocus, now: CardFocus): boolean {
  return now.pane === before.pane && now.picks > before.picks
}
