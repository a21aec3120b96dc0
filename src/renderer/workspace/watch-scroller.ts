/**
 * Runs `measure` now and again each time a reader's scroller scrolls or changes size, for what is drawn against the
 * part of the text in view (the overview strip's frame, the arrow to a counterpart); returns what stops it.
 */
export function watchScroller(scroller: HTMLElement, measure: () => void): () => void {
  measure()
  const observer = new ResizeObserver(measure)
  observer.observe(scroller)
  scroller.addEventListener('scroll', measure, { passive: true })
  return () => {
    observer.disconnect()
    scroller.removeEventListener('scroll', measure)
  }
}
