import type { Span } from './types'

export interface Quotation extends Span {
  /** Offset of the opening mark; `start` is just after it. */
  open: number
  /** Offset just after the closing mark; `end` is just before it. */
  close: number
}

const MARKS = /["“«'‘]/g
const DOUBLE_CLOSE: Readonly<Record<string, string>> = { '“': '”', '"': '"', '«': '»' }
const BEFORE_OPEN = /[\s([{—–-]/u
const LETTER = /[\p{L}\p{N}]/u
/** Trailing commas and the like belong to the sentence around the quote, not to the quote. */
const TRAILING = /[\s,;:]+$/u

function isOpening(text: string, at: number, from: number): boolean {
  return at === from || BEFORE_OPEN.test(text[at - 1]!)
}

/** A single mark closes a quote where no letter follows it: an apostrophe inside "didn’t" does not. */
function singleClose(text: string, from: number, to: number): number {
  for (let at = from; at < to; at++) {
    const char = text[at]!
    if ((char === '’' || char === "'") && LETTER.test(text[at - 1] ?? '') && !LETTER.test(text[at + 1] ?? '')) return at
  }
  return -1
}

function closingMark(text: string, at: number, from: number, to: number): number {
  const char = text[at]!
  const closing = DOUBLE_CLOSE[char]
  if (closing !== undefined) {
    if (char === '"' && !isOpening(text, at, from)) return -1
    const close = text.indexOf(closing, at + 1)
    return close < to ? close : -1
  }
  return isOpening(text, at, from) && LETTER.test(text[at + 1] ?? '') ? singleClose(text, at + 1, to) : -1
}

function quotation(text: string, open: number, closeMark: number): Quotation | null {
  const kept = text.slice(open + 1, closeMark).replace(TRAILING, '')
  const lead = kept.length - kept.trimStart().length
  if (!LETTER.test(kept)) return null
  return { open, start: open + 1 + lead, end: open + 1 + kept.length, close: closeMark + 1 }
}

/**
 * The quotations between `from` and `to` (one paragraph): double quotes curly, straight or angled, and single
 * quotes outside them. A quotation never runs past the paragraph; an opening mark left unclosed is no quotation.
 */
export function quotationsIn(text: string, from: number, to: number): Quotation[] {
  const found: Quotation[] = []
  const piece = text.slice(from, to)
  MARKS.lastIndex = 0
  for (let match = MARKS.exec(piece); match !== null; match = MARKS.exec(piece)) {
    const at = from + match.index
    const closeMark = closingMark(text, at, from, to)
    const quote = closeMark === -1 ? null : quotation(text, at, closeMark)
    if (!quote) continue
    found.push(quote)
    MARKS.lastIndex = quote.close - from
  }
  return found
}
