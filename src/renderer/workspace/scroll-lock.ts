import type { PaneState } from '../state/pane.svelte'
import { blockIndexAt, blockStartAt } from '../reader/text-offsets'

/** The element of the block holding `offset` in a pane, once rendered. */
function blockElement(pane: PaneState, offset: number): Element | null {
  if (!pane.view) return null
  return pane.view.text.children[blockIndexAt(pane.reader.blocks, offset)] ?? null
}

/** Scrolls `pane` so that the block holding `offset` sits `fromTop` pixels below its top. */
function scrollBlockTo(pane: PaneState, offset: number, fromTop: number): void {
  const target = blockElement(pane, offset)
  if (!target || !pane.view) return
  const now = target.getBoundingClientRect().top - pane.view.scroller.getBoundingClientRect().top
  pane.view.scroller.scrollTop += now - fromTop
}

/**
 * Keeps the other panes level with the one the reader scrolls: aligned by matched passage, not by percentage. The
 * first paragraph in view that has a counterpart in another pane's document (or the nearest one above) and that
 * counterpart are brought to the same height. A pane with no such counterpart stays put and says so (`unfollowed`).
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
    follower.unfollowed = source ? null : driver
    if (!anchor || !source) continue
    scrollBlockTo(follower, anchor.start, source.getBoundingClientRect().top - top)
  }
}
