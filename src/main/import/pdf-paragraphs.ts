import type { Line } from './pdf-lines'

/** Lines whose baselines are further apart than this, in font sizes, are not one block of text, even in one column. */
const BLOCK_SPACING = 3
/** A line spaced this much more than the text's usual spacing starts a paragraph. */
const PARAGRAPH_SPACING = 1.35
/** Spacing between lines, in font sizes, when the text has no two lines in a row to learn it from. */
const USUAL_SPACING = 1.2
/** A line starting this far right of its block's left edge, in font sizes, is indented. */
const INDENT = 0.8
/** A line filling less than this share of its block's width ends a paragraph or is a heading. */
const SHORT_LINE = 0.85
/** Font sizes this far apart are a heading's and a body's. */
const SIZE_CHANGE = 1.15

/** A list item's mark, a bullet or a number, before its text: "• ", "- ", "3. ", "2) ", "(b) ". */
const LIST_MARK = /^(?:[•◦▪‣●○■□*-]|\d{1,3}[.)]|\(?[a-z\d]{1,3}\))\s/u

/** A run of lines one under the other, as a column holds them between wide gaps: its left and right edges. */
interface Block {
  left: number
  right: number
}

/**
 * Lines in reading order joined into paragraphs: a wider space than the text's usual spacing, an indented first
 * line, a list item's mark, a short last line or a change of font size ends one; elsewhere, even from a column's foot
 * to the top of the next or of the next page, the lines are one paragraph, joined by a space, or with no space where
 * a word was hyphenated at a line's end ("exam-" and "ple" are "example").
 */
export function paragraphs(lines: readonly Line[]): string[] {
  const blocks = blocksOf(lines)
  const spacing = usualSpacing(lines)
  const vocabulary = vocabularyOf(lines)
  const result: string[] = []
  let paragraph = ''
  lines.forEach((line, index) => {
    const previous = lines[index - 1]
    if (previous && !startsParagraph(previous, line, blocks.get(previous)!, blocks.get(line)!, spacing)) paragraph = joined(paragraph, line.text, vocabulary)
    else {
      if (paragraph !== '') result.push(paragraph)
      paragraph = line.text
    }
  })
  if (paragraph !== '') result.push(paragraph)
  return result
}

function startsParagraph(above: Line, line: Line, aboveBlock: Block, block: Block, spacing: number): boolean {
  if (resized(above, line)) return true
  if (LIST_MARK.test(line.text)) return true
  const indented = (l: Line, b: Block) => l.x0 > b.left + INDENT * l.size
  const short = above.x1 - aboveBlock.left < SHORT_LINE * (aboveBlock.right - aboveBlock.left)
  // A list item's lines after its first hang under its text, indented from its mark.
  if (indented(line, block) && !indented(above, aboveBlock) && !LIST_MARK.test(above.text)) return true
  // Down the page past a wide gap, a new paragraph; up to the top of the next column or page, a paragraph goes on
  // unless its last line was short.
  if (aboveBlock !== block) return line.y < above.y || short
  if (above.y - line.y > PARAGRAPH_SPACING * spacing * line.size) return true
  return short && (/[.!?:;"”’)]$/.test(above.text) || /^\p{Lu}/u.test(line.text))
}

/**
 * Two lines of a paragraph as one: a word hyphenated across them made whole, unless the text writes it with its hyphen
 * elsewhere and never without ("well-" and "known" stay "well-known"); else a space between them.
 */
function joined(paragraph: string, next: string, vocabulary: ReadonlySet<string>): string {
  const head = /(\p{L}+)([-\u00AD])$/u.exec(paragraph)
  const tail = /^\p{Ll}+/u.exec(next)?.[0]
  if (head && tail) {
    const [, start, mark] = head
    const compound = mark === '-' && vocabulary.has(`${start}-${tail}`.toLowerCase()) && !vocabulary.has(`${start}${tail}`.toLowerCase())
    return paragraph.slice(0, compound ? undefined : -1) + next
  }
  if (/\p{L}-$/u.test(paragraph)) return paragraph + next
  return `${paragraph.replace(/\u00AD$/, '')} ${next}`
}

/** The words of the lines, in lower case, hyphenated compounds among them, for telling a compound from a broken word. */
function vocabularyOf(lines: readonly Line[]): Set<string> {
  return new Set(lines.flatMap((line) => line.text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []))
}

/** Whether `line` sits under `above` in the same column, in the same type, close enough to be the same block of text. */
function isBelow(above: Line, line: Line): boolean {
  const drop = above.y - line.y
  const close = drop > 0 && drop < BLOCK_SPACING * Math.max(above.size, line.size)
  return close && !resized(above, line) && line.x0 < above.x1 && above.x0 < line.x1
}

function resized(a: Line, b: Line): boolean {
  return Math.max(a.size, b.size) > SIZE_CHANGE * Math.min(a.size, b.size)
}

/** Each line's block: the lines that follow one another, each under the last. */
function blocksOf(lines: readonly Line[]): Map<Line, Block> {
  const blocks = new Map<Line, Block>()
  let members: Line[] = []
  const close = () => {
    const block = { left: Math.min(...members.map((l) => l.x0)), right: Math.max(...members.map((l) => l.x1)) }
    for (const member of members) blocks.set(member, block)
  }
  lines.forEach((line, index) => {
    if (index > 0 && !isBelow(lines[index - 1]!, line)) {
      close()
      members = []
    }
    members.push(line)
  })
  if (members.length > 0) close()
  return blocks
}

/** The most common spacing between a line and the next under it, in font sizes. */
function usualSpacing(lines: readonly Line[]): number {
  const counts = new Map<number, number>()
  lines.forEach((line, index) => {
    const above = lines[index - 1]
    if (above && isBelow(above, line)) {
      const ratio = Math.round(((above.y - line.y) / line.size) * 20) / 20
      counts.set(ratio, (counts.get(ratio) ?? 0) + 1)
    }
  })
  let best: [number, number] = [USUAL_SPACING, 0]
  for (const entry of counts) if (entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry
  return best[0]
}
