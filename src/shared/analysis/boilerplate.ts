import { HEADLINE_MIN_WORDS, isByline, isCruftLine, pageTailOf } from '../header-lines'
import { isProse } from '../metadata'
import { countWords } from '../word-count'
import type { BoilerplateReason, BoilerplateSpan } from './types'

interface Line {
  start: number
  /** End of the line without trailing white space, as `textBlocks` ends its blocks. */
  end: number
  text: string
}

/** Picture credits end a caption: "… AP", "Anadolu via Getty Images", "NAME/EPA-EFE/Shutterstock". */
const PHOTO_CREDIT = /(?:\bAP|\bAFP|\bReuters|Getty Images|Shutterstock|\bEPA(?:-EFE)?|\bAlamy|\biStock)(?:\/[\p{L}\p{N}.-]+)*$/u
const CAPTION_MAX_CHARS = 400

function linesOf(text: string): Line[] {
  const lines: Line[] = []
  for (const match of text.matchAll(/[^\n]*/g)) {
    const trimmed = match[0].trim()
    if (trimmed !== '') lines.push({ start: match.index, end: match.index + match[0].trimEnd().length, text: trimmed })
  }
  return lines
}

/**
 * Where the page's tail begins: a comment section's heading anywhere after the article has begun, or a heading of
 * other stories in the second half of the text ("Related Posts" near the top is a widget inside the page, not its end).
 */
function tailStart(lines: Line[], bodyStart: number, textLength: number): number {
  for (let i = bodyStart; i < lines.length; i++) {
    const line = lines[i]!
    const tail = pageTailOf(line.text)
    if (tail === 'comments' || (tail === 'other-stories' && line.start >= textLength / 2)) return i
  }
  return lines.length
}

/** Above the first line of prose, short lines next to page furniture are more of it ("New York" beside the weather). */
function headerReason(lines: Line[], index: number): BoilerplateReason | null {
  if (isByline(lines[index]!.text)) return 'byline'
  if (isCruftLine(lines[index]!.text)) return 'header'
  const short = countWords(lines[index]!.text) < HEADLINE_MIN_WORDS
  const besideCruft = [lines[index - 1], lines[index + 1]].some((line) => line !== undefined && isCruftLine(line.text))
  return short && besideCruft ? 'header' : null
}

function bodyReason(line: Line): BoilerplateReason | null {
  if (isByline(line.text)) return 'byline'
  if (isCruftLine(line.text)) return 'furniture'
  if (line.text.length <= CAPTION_MAX_CHARS && PHOTO_CREDIT.test(line.text)) return 'caption'
  return null
}

/**
 * The spans of a canonical text that belong to the web page rather than to the article: site headers, widgets,
 * captions, bylines, and the comments and story lists at its foot. Each span covers whole lines; adjacent lines for the
 * same reason make one span, so the reader can fold it as one.
 */
export function findBoilerplate(text: string): BoilerplateSpan[] {
  const lines = linesOf(text)
  const firstProse = lines.findIndex((line) => !isCruftLine(line.text) && isProse(line.text))
  const bodyStart = firstProse === -1 ? lines.length : firstProse
  const tail = tailStart(lines, bodyStart, text.length)
  const spans: BoilerplateSpan[] = []
  for (const [index, line] of lines.entries()) {
    const reason = index >= tail ? pageTailOf(lines[tail]!.text)! : index < bodyStart ? headerReason(lines, index) : bodyReason(line)
    if (reason === null) continue
    const last = spans.at(-1)
    const previous = lines[index - 1]
    if (last && last.reason === reason && previous && last.end === previous.end) last.end = line.end
    else spans.push({ start: line.start, end: line.end, reason })
  }
  return spans
}
