import { isAbbreviation } from './metadata'
import type { Span } from './analysis/types'

const segmenter = new Intl.Segmenter('und', { granularity: 'sentence' })
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/g

/**
 * How much text one call to the segmenter is given. V8's segmenter slows down past linear on long strings (one
 * megabyte of text in one string took minutes here, against 66 ms a megabyte a paragraph at a time), so a long
 * paragraph is segmented in windows, each cut at a line break or a space.
 */
const WINDOW = 8_000

/** The word right before the stop at `at`: letters, digits and periods, as in "U.S" or "Mr". */
function wordBefore(text: string, at: number, from: number): string {
  let start = at
  while (start > from && /[\p{L}\p{N}.]/u.test(text[start - 1]!)) start--
  return text.slice(start, at)
}

/** "U.S.", "Mr.", "Sen.", an initial: a period that Unicode's rules take for a sentence's end but that ends a word. */
function endsWithAbbreviation(text: string, start: number, end: number): boolean {
  if (text[end - 1] !== '.') return false
  const word = wordBefore(text, end - 1, start)
  return isAbbreviation(word)
}

/** Where the window from `from` ends: at `to` if that is near enough, else after the last line break or space within reach. */
function windowEnd(text: string, from: number, to: number): number {
  if (to - from <= WINDOW) return to
  const slice = text.slice(from, from + WINDOW)
  const cut = Math.max(slice.lastIndexOf('\n'), slice.lastIndexOf(' '))
  return cut > 0 ? from + cut + 1 : from + WINDOW
}

/**
 * The sentences of `text` between UTF-16 offsets `from` and `to` (one block: a line break inside it is a wrap),
 * trimmed of white space: the one definition of a
 * sentence, for the reader's J/K and for the comparison alike. Boundaries follow Unicode's sentence rules (UAX #29,
 * through Intl.Segmenter), so the Urdu and Arabic full stop, the Chinese and Japanese 。 and the Devanagari danda end
 * sentences as the period does; then, as ICU's own suppression lists do for English, a period after an abbreviation
 * or an initial ("Mr. Fox", "the U.S. Senate") does not.
 */
export function sentencesOf(text: string, from = 0, to = text.length): Span[] {
  const sentences: Span[] = []
  let open: number | null = null
  const close = (start: number, end: number) => {
    let first = open ?? start
    while (first < end && /\s/u.test(text[first]!)) first++
    let last = end
    while (last > first && /\s/u.test(text[last - 1]!)) last--
    open = null
    if (last > first) sentences.push({ start: first, end: last })
  }
  for (let at = from; at < to; ) {
    const end = windowEnd(text, at, to)
    // Inside a block a line break is a wrap, not the paragraph break Unicode's rules take it for; a space keeps the offsets.
    const segments = [...segmenter.segment(text.slice(at, end).replace(LINE_BREAK, ' '))]
    // The last segment of a window the cut may have ended early: the next window starts with it again, unless it is
    // the whole window (a sentence longer than a window is cut there).
    const carried = end < to && segments.length > 1 ? segments.pop()! : null
    for (const { index, segment } of segments) {
      const start = at + index
      const trimmed = start + segment.trimEnd().length
      if (endsWithAbbreviation(text, start, trimmed) && start + segment.length < to) {
        open ??= start
        continue
      }
      close(start, trimmed)
    }
    at = carried ? at + carried.index : end
  }
  if (open !== null) close(open, to)
  return sentences
}
