import type { Line } from './pdf-lines'

/** How far a line's box reaches below and above its baseline, in font sizes. */
const DESCENT = 0.25
const ASCENT = 0.75

/**
 * A page's lines in reading order, by cutting the page along its widest empty band again and again (the XY-cut):
 * a gutter between two columns is wider than the space between lines, so a column is read to its end before the
 * next; a band across the page (under a title that spans both columns) is read before what lies below it.
 */
export function readingOrder(lines: readonly Line[]): Line[] {
  if (lines.length <= 1) return [...lines]
  const across = widestGap(lines.map((line) => [line.y - DESCENT * line.size, line.y + ASCENT * line.size]))
  const down = widestGap(lines.map((line) => [line.x0, line.x1]))
  if (down && (!across || down.width >= across.width)) {
    return [...readingOrder(lines.filter((line) => line.x1 <= down.at)), ...readingOrder(lines.filter((line) => line.x1 > down.at))]
  }
  if (across) {
    return [...readingOrder(lines.filter((line) => line.y > across.at)), ...readingOrder(lines.filter((line) => line.y <= across.at))]
  }
  return [...lines].sort((a, b) => b.y - a.y || a.x0 - b.x0)
}

/** The widest stretch that no span covers, between the lowest and the highest span; null when they all touch. */
function widestGap(spans: [number, number][]): { at: number; width: number } | null {
  const sorted = spans.sort((a, b) => a[0] - b[0])
  let reach = sorted[0]![1]
  let best: { at: number; width: number } | null = null
  for (const [start, end] of sorted.slice(1)) {
    if (start > reach && (!best || start - reach > best.width)) best = { at: (start + reach) / 2, width: start - reach }
    reach = Math.max(reach, end)
  }
  return best
}
