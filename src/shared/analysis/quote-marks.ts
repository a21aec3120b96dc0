import type { Span } from './types'

export interface Quotation extends Span {
  /** Offset of the opening mark; `start` is just after it. */
  open: number
  /** Offset just after the closing mark; `end` is just before it. */
  close: number
}

const MARKS = /["“„«「『'‘]/g
/**
 * The marks that close each opening double mark. Newsrooms' copy mixes curly and straight marks in one quotation
 * (“…," and "…”), so either closes the other; „German“ and „Polish” marks, «guillemets», 「Japanese」 and 『…』.
 */
const DOUBLE_CLOSE: Readonly<Record<string, readonly string[]>> = {
  '“': ['”', '"'],
  '"': ['"', '”'],
  '„': ['“', '”'],
  '«': ['»'],
  '「': ['」'],
  '『': ['』']
}
/** What may stand before an opening mark: a space, a bracket, a dash, or another mark (`""We have …` as typed). */
const BEFORE_OPEN = /[\s([{—–\-"“„«「『]/u
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

function closingMark(text: string, at: number, from: number, to: number, continues: boolean): number {
  const char = text[at]!
  const closings = DOUBLE_CLOSE[char]
  if (closings !== undefined) {
    if (char === '"' && !isOpening(text, at, from)) return -1
    const close = Math.min(...closings.map((closing) => text.indexOf(closing, at + 1)).filter((index) => index !== -1 && index < to))
    if (Number.isFinite(close)) return close
    // A quotation that runs on into a paragraph opening with a quote mark ends with its paragraph.
    return continues ? to : -1
  }
  return isOpening(text, at, from) && LETTER.test(text[at + 1] ?? '') ? singleClose(text, at + 1, to) : -1
}

/** The quotation from the mark at `open` to the mark at `closeMark`, or to `closeMark` itself where it runs on past its paragraph's end. */
function quotation(text: string, open: number, closeMark: number, runsOn: boolean): Quotation | null {
  const kept = text.slice(open + 1, closeMark).replace(TRAILING, '')
  const lead = kept.length - kept.trimStart().length
  if (!LETTER.test(kept)) return null
  return { open, start: open + 1 + lead, end: open + 1 + kept.length, close: runsOn ? closeMark : closeMark + 1 }
}

/** Whether the paragraph at `from` opens with a double quote mark: a quotation that the paragraph before runs on in. */
export function opensWithQuote(text: string, from: number): boolean {
  return DOUBLE_CLOSE[text[from] ?? ''] !== undefined
}

/**
 * The quotations between `from` and `to` (one paragraph): double quotes curly, straight, angled or in corner
 * brackets, and single quotes outside them. A quotation never runs past the paragraph. An opening mark left unclosed
 * is no quotation, unless the quotation `continues` into the next paragraph, which opens with a quote mark as
 * newsrooms open each paragraph of a long quotation: then it runs to the paragraph's end.
 */
export function quotationsIn(text: string, from: number, to: number, continues = false): Quotation[] {
  const found: Quotation[] = []
  const piece = text.slice(from, to)
  MARKS.lastIndex = 0
  for (let match = MARKS.exec(piece); match !== null; match = MARKS.exec(piece)) {
    const at = from + match.index
    const closeMark = closingMark(text, at, from, to, continues)
    const quote = closeMark === -1 ? null : quotation(text, at, closeMark, closeMark === to)
    if (!quote) continue
    found.push(quote)
    MARKS.lastIndex = quote.close - from
  }
  return found
}
