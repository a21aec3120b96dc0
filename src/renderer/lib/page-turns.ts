declare global {
  /** The Prioritized Task Scheduling API, in Chromium since version 129 (Electron 33). */
  var scheduler: { yield(): Promise<void> }
}

/**
 * The most script a frame is given before the page is let paint. A continuation of `scheduler.yield()` runs ahead of
 * the page's rendering, so work that only yields piled eight-millisecond slices into frames of 60 to 90 ms (issue 15's
 * Long Animation Frame records of a 10 MB text: four to six slices before one paint).
 */
const FRAME_SCRIPT_MS = 24
/** How long a wait for a paint lasts at most: a hidden page paints no frames. */
const PAINT_WAIT_MS = 100

let lastFrame = performance.now()
let watching = false

/** Notes when the next frame starts, so `yieldToPage` knows how long the page has gone unpainted. */
function watchNextFrame(): void {
  if (watching) return
  watching = true
  requestAnimationFrame(() => {
    watching = false
    lastFrame = performance.now()
  })
}

/** Resolves once the next frame has been painted, or after `PAINT_WAIT_MS` on a page that paints none. */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, PAINT_WAIT_MS)
    requestAnimationFrame(() => {
      clearTimeout(fallback)
      // A task queued from a frame's callback runs once that frame has been rendered.
      setTimeout(resolve, 0)
    })
  })
}

/**
 * Gives the page a turn in the middle of long work: input is handled at once, and once the work has held the page for
 * a frame's share it waits for a paint.
 */
export async function yieldToPage(): Promise<void> {
  watchNextFrame()
  if (performance.now() - lastFrame < FRAME_SCRIPT_MS) return scheduler.yield()
  await afterNextPaint()
  lastFrame = performance.now()
}
