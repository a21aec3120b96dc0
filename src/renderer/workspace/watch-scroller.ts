/**
 * Runs `measure` once the scroller is laid out and again each time it scrolls or changes size, for what is drawn
 * against the part of the text in view (the overview strip's frame, the arrow to a counterpart); returns what stops it.
 * The first measure is the observer's first report, which comes after the page's own layout: measured at once, inside
 * the update that made the pane, it forced the layout of a long text's first blocks in the middle of that update (a
 * task of 77 to 116 ms in issue 15's traces of a 10 MB text).
 */
export function watchScroller(scroller: HTMLElement, measure: () => void): () => void {
  const observer = new ResizeObserver(measure)
  observer.observe(scroller)
  scroller.addEventListener('scroll', measure, { passive: true })
  return () => {
    observer.disconnect()
    scroller.removeEventListener('scroll', measure)
  }
}
