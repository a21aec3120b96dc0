/** Which rows of a fixed-height list to render for a scroll position, with a margin above and below. */
export function visibleRange(scrollTop: number, viewport: number, rowHeight: number, total: number, overscan = 8) {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan)
  const last = Math.min(total, Math.ceil((scrollTop + viewport) / rowHeight) + overscan)
  return { first, last }
}

/** The scrollTop that brings row `index` fully into view, moving as little as possible. */
export function scrollToReveal(index: number, scrollTop: number, viewport: number, rowHeight: number): number {
  const top = index * rowHeight
  if (top < scrollTop) return top
  if (top + rowHeight > scrollTop + viewport) return top + rowHeight - viewport
  return scrollTop
}
