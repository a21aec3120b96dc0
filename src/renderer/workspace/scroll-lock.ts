import type { PaneState } from '../state/pane.svelte'
import { blockIndexAt, blockStartAt } from '../reader/text-offsets'

/** Long enough for the scroll events a programmatic scroll fires to arrive, short enough not to miss the user's. */
const FOLLOW_WINDOW_MS = 250

/** The element of the block holding `offset` in a pane, once rendered. */
function blockElement(pane: PaneState, offset: number): Element | null {
  if (!pane.view) return null
  return pane.view.text.children[blockIndexAt(pane.reader.blocks, offset)] ?? null
}

/** Scrolls `pane` so that the block holding `offset` sits `fromTop` pixels below its top, without it driving others. */
function scrollBlockTo(pane: PaneState, offset: number, fromTop: number): void {
  const target = blockElement(pane, offset)
  if (!target || !pane.view) return
  const now = target.getBoundingClientRect().top - pane.view.scroller.getBoundingClientRect().top
  pane.followingUntil = performance.now() + FOLLOW_WINDOW_MS
  pane.view.scroller.scrollTop += now - fromTop
}

/**
 * Keeps the other panes level with the one the reader scrolls: aligned by matched passage, not by percentage. The
 * first paragraph in view that has a counterpart in another pane's document (or the nearest one above) and that
 * counterpart are brought to the same height.
 */
export function followScroll(driver: PaneState, panes: readonly PaneState[]): void {
  const view = driver.view
  if (!view || !driver.documentId) return
  const { top, bottom } = view.scroller.getBoundingClientRect()
  const first = blockStartAt(view.scroller, top) ?? 0
  const last = blockStartAt(view.scroller, bottom) ?? Infinity
  for (const follower of panes) {
    if (follower === driver || !follower.documentId || follower.documentId === driver.documentId) continue
    const anchor = driver.analysis.anchorFor(first, last, follower.documentId)
    const source = anchor && blockElement(driver, anchor.passage.start)
    if (!anchor || !source) continue
    scrollBlockTo(follower, anchor.start, source.getBoundingClientRect().top - top)
  }
}

/** Marks a pane as following for a moment, so the scroll a reveal causes does not drive the others. */
export function follow(pane: PaneState): void {
  pane.followingUntil = performance.now() + FOLLOW_WINDOW_MS
}
