/** A run of text as pdf.js places it on a page: its baseline's left end, its width and its font size, in PDF units (y up). */
export interface TextRun {
  text: string
  x: number
  y: number
  width: number
  size: number
}

/** A page's runs and its height, which tells its top from its bottom. */
export interface PageRuns {
  runs: TextRun[]
  height: number
}

/**
 * A piece of a line: runs on one baseline with no wide gap between them. Two columns' lines at the same height are
 * two pieces, so the columns can be read one after the other.
 */
export interface Line {
  text: string
  x0: number
  x1: number
  /** The baseline. */
  y: number
  size: number
}

/** Runs on one baseline this far apart, in font sizes, are in different columns (or cells): word spaces are far narrower. */
const COLUMN_GAP = 1.5
/**
 * A narrower gap, down to this many font sizes, is a gutter where it lines up with a gap in the rows above and below:
 * journals set 10 pt text with 12 pt (IEEE) or 15 pt gutters, as wide as a justified line's loosest word spaces.
 */
const NARROW_GUTTER = 0.8
/** The rows, one under the other, that a narrow gutter runs down with text on both sides; a loose word space lines up with no other. */
const GUTTER_ROWS = 3
/** A gap between runs this wide, in font sizes, is a space when neither run has one at that end. */
const SPACE_GAP = 0.12
/** Baselines this close, in font sizes, are one line (a superscript sits a little higher). */
const SAME_BASELINE = 0.4

/** A stretch across the page, in PDF units. */
interface Span {
  left: number
  right: number
}

/** A page's lines, top to bottom and left to right. */
export function pageLines(runs: readonly TextRun[]): Line[] {
  const sorted = runs.filter((run) => run.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x)
  const rows: TextRun[][] = []
  for (const run of sorted) {
    const row = rows.at(-1)
    if (row && Math.abs(row[0]!.y - run.y) <= SAME_BASELINE * Math.max(row[0]!.size, run.size)) row.push(run)
    else rows.push([run])
  }
  for (const row of rows) row.sort((a, b) => a.x - b.x)
  return rows.flatMap((row, index) => pieces(row, (gap, size) => gap.right - gap.left > COLUMN_GAP * size || inGutter(rows, index, gap, size)))
}

function pieces(row: readonly TextRun[], splits: (gap: Span, size: number) => boolean): Line[] {
  const lines: Line[] = []
  let current: Line | null = null
  for (const run of row) {
    const gap = current ? run.x - current.x1 : 0
    const size = current ? Math.max(current.size, run.size) : run.size
    if (!current || splits({ left: current.x1, right: run.x }, size)) {
      current = { text: run.text, x0: run.x, x1: run.x + run.width, y: row[0]!.y, size: run.size }
      lines.push(current)
      continue
    }
    const spaced = gap > SPACE_GAP * size && !/\s$/.test(current.text) && !/^\s/.test(run.text)
    current.text += (spaced ? ' ' : '') + run.text
    current.x1 = Math.max(current.x1, run.x + run.width)
    current.size = Math.max(current.size, run.size)
  }
  for (const line of lines) line.text = line.text.replace(/\s+/g, ' ').trim()
  return lines
}

/**
 * Whether a gap on row `index` is at least a narrow gutter wide and part of an empty band that runs down through
 * GUTTER_ROWS rows in a row, each with text on both sides of it: two columns' lines side by side, not a justified
 * line's loose word space, which the lines above and below cover with their words.
 */
function inGutter(rows: readonly (readonly TextRun[])[], index: number, gap: Span, size: number): boolean {
  const wide = (span: Span | null): span is Span => span !== null && span.right - span.left >= NARROW_GUTTER * size
  if (!wide(gap)) return false
  let band = gap
  let count = 1
  for (const step of [-1, 1]) {
    for (let at = index + step; count < GUTTER_ROWS && at >= 0 && at < rows.length; at += step) {
      const free = freeSpan(rows[at]!, band)
      if (!wide(free)) break
      band = free
      count += 1
    }
  }
  return count >= GUTTER_ROWS
}

/** The widest part of `band` that no run of `row` (sorted left to right) covers and that has text on both sides. */
function freeSpan(row: readonly TextRun[], band: Span): Span | null {
  let best: Span | null = null
  let reach = -Infinity
  for (const run of row) {
    const free = { left: Math.max(band.left, reach), right: Math.min(band.right, run.x) }
    if (reach > -Infinity && free.right > free.left && (!best || free.right - free.left > best.right - best.left)) best = free
    reach = Math.max(reach, run.x + run.width)
  }
  return best
}

/** How many lines at each end of a page may be its running header or footer. */
const EDGE_LINES = 2
/** The share of the page's height at its top and at its bottom where running heads and page numbers sit. */
const EDGE_BAND = 0.15

/** Running heads on different pages sit at the same height, give or take this many points. */
const PLACE = 3

/** "3", "- 3 -", "Page 3", "p. 3", "3 of 10", "3/10", "iv": a page number alone on its line. */
const PAGE_NUMBER = /^[-–—\s]*(?:(?:page|p\.?)\s*)?(?:\d+(?:\s*(?:of|\/)\s*\d+)?|(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))[-–—\s]*$/i

/**
 * The pages' lines without their running headers and footers and page numbers: lines at the top or bottom of a page
 * that are a page number alone, or whose text (its numbers aside), size and place recur on another page. Body text
 * does not come back word for word at the very same place, while a chapter's running head does on each of its pages.
 */
export function withoutRunningLines(pages: readonly PageRuns[]): Line[][] {
  const lined = pages.map((page) => ({ lines: pageLines(page.runs), height: page.height }))
  const edges = lined.map(({ lines, height }) => edgeLines(lines, height))
  const pagesOf = new Map<string, number>()
  for (const edge of edges) for (const key of new Set(edge.map(({ key }) => key))) pagesOf.set(key, (pagesOf.get(key) ?? 0) + 1)
  const recurring = (key: string) => (pagesOf.get(key) ?? 0) >= 2
  return lined.map(({ lines }, index) => {
    const running = new Set(edges[index]!.filter(({ key, line }) => recurring(key) || PAGE_NUMBER.test(line.text)).map(({ line }) => line))
    return lines.filter((line) => !running.has(line))
  })
}

/** The lines at a page's top and bottom edges, by a key that is the same for the same running head on any page. */
function edgeLines(lines: readonly Line[], height: number): { key: string; line: Line }[] {
  const baselines = [...new Set(lines.map((line) => line.y))].sort((a, b) => b - a)
  const top = baselines.slice(0, EDGE_LINES).filter((y) => y >= height * (1 - EDGE_BAND))
  const bottom = baselines.slice(-EDGE_LINES).filter((y) => y <= height * EDGE_BAND)
  return lines
    .filter((line) => top.includes(line.y) || bottom.includes(line.y))
    .map((line) => ({ key: `${Math.round(line.y / PLACE)} ${Math.round(line.size)} ${line.text.toLowerCase().replace(/\d+/g, '#')}`, line }))
}
