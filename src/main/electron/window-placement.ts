export interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

/** The window's size, and its position where it has one. */
export interface WindowBounds {
  x?: number
  y?: number
  width: number
  height: number
}

/** How much of a window's top edge must fall on a display for the window to be reachable there (grab and drag it back). */
const REACHABLE = { width: 120, height: 40 }

/**
 * Where a window saved as `saved` opens on the displays present now (Electron's `screen.getAllDisplays()` work areas,
 * the primary first). A window whose title bar would land off every display (a monitor unplugged, a resolution lowered)
 * is centred on the primary display instead; a size larger than that display's work area is cut to it.
 */
export function placeOnDisplays(saved: WindowBounds, workAreas: readonly Rectangle[]): WindowBounds {
  const primary = workAreas[0]
  if (!primary) return saved
  const { x, y } = saved
  if (x !== undefined && y !== undefined) {
    const titleBar = { x, y, width: saved.width, height: REACHABLE.height }
    if (workAreas.some((area) => overlap(titleBar, area) >= Math.min(REACHABLE.width, saved.width) * REACHABLE.height)) return saved
  }
  const width = Math.min(saved.width, primary.width)
  const height = Math.min(saved.height, primary.height)
  return {
    x: primary.x + Math.round((primary.width - width) / 2),
    y: primary.y + Math.round((primary.height - height) / 2),
    width,
    height
  }
}

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}
