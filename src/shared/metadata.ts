import { parseDateLine } from './date-line'
import { HEADLINE_MIN_WORDS, isCruftLine, outletOfLine, withoutSiteSuffix } from './header-lines'
import { withoutBidiControls } from './text'
import { countWords } from './word-count'

export { countWords } from './word-count'

export interface ExtractedMetadata {
  /** Never empty. */
  title: string
  /** The outlet, only where the text names it. */
  outlet: string | null
  /** ISO 'YYYY-MM-DD', only where the header has a publication date line. */
  date: string | null
  wordCount: number
}

/** Scraped pages put the headline within the first few dozen lines; looking further only finds section headings. */
const HEADER_MAX_LINES = 40
const HEADLINE_MAX_CHARS = 200
const HEADLINE_MAX_WORDS = 30
const FALLBACK_MAX_CHARS = 80

/** Abbreviations whose period does not end the opening sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'prof',
  'inc', 'ltd', 'co', 'corp', 'no', 'vs', 'mt', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec'
])

/** A word whose following period ends the word, not the sentence: "U.S", "Mr", "Sen", an initial. */
export function isAbbreviation(word: string): boolean {
  return word.includes('.') || /^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase())
}

interface Header {
  /** Trimmed non-empty lines above the body. */
  lines: string[]
  /** The first line of body prose, if the header ended at one. */
  prose: string | null
}

/** Reads title, outlet, date and word count from a canonical text (NFC, LF line endings). */
export function extractMetadata(text: string, fileName?: string): ExtractedMetadata {
  const header = readHeader(text)
  const outlet = firstOf(header.lines, outletOfLine)
  return {
    title: withoutBidiControls(findTitle(header, fileName)),
    outlet: outlet === null ? null : withoutBidiControls(outlet),
    date: firstOf(header.lines, parseDateLine),
    wordCount: countWords(text)
  }
}

/** Reads lines lazily and stops at the body, so a long text costs no more than its header. */
function readHeader(text: string): Header {
  const lines: string[] = []
  let start = 0
  while (lines.length < HEADER_MAX_LINES && start <= text.length) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    const line = text.slice(start, end).trim()
    if (line !== '') {
      if (!isCruftLine(line) && isProse(line)) return { lines, prose: line }
      lines.push(line)
    }
    start = end + 1
  }
  return { lines, prose: null }
}

/**
 * Body prose is long, or ends like a sentence or a lead-in; headlines do neither. The period of an abbreviation
 * with periods inside it ("I.R.S.", "G.O.P.") ends a word, not a sentence: "Gay Marriages Get Recognition From the
 * I.R.S." is a headline.
 */
export function isProse(line: string): boolean {
  if (line.length > HEADLINE_MAX_CHARS || countWords(line) > HEADLINE_MAX_WORDS) return true
  const end = /(?:([^.])\.|[,;:])["”’)\]]*$/u.exec(line)
  if (!end) return false
  if (end[1] === undefined) return true
  const lastWord = line.slice(0, end.index + 1).split(/\s+/u).at(-1) ?? ''
  return !lastWord.includes('.')
}

/** A headline of two or three words ("Chelsea sack Mutu") is taken when no longer one is there, nearest the body first. */
const SHORT_HEADLINE_MIN_WORDS = 2

function findTitle(header: Header, fileName: string | undefined): string {
  const headline =
    header.lines.find((line) => !isCruftLine(line) && countWords(line) >= HEADLINE_MIN_WORDS) ??
    (header.prose === null ? undefined : header.lines.findLast((line) => !isCruftLine(line) && countWords(line) >= SHORT_HEADLINE_MIN_WORDS))
  if (headline !== undefined) return withoutSiteSuffix(headline)
  const opening = header.prose ?? header.lines.find((line) => !isCruftLine(line))
  if (opening !== undefined) return openingSentence(opening)
  const base = (fileName ?? '').replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '').trim()
  return base !== '' ? base : 'Untitled'
}

/** Stands in for a missing headline: the first sentence, cut at a word boundary when it runs long. */
function openingSentence(line: string): string {
  // A code point takes at most two UTF-16 units, so this slice holds more than the limit whenever the line does.
  const chars = Array.from(line.slice(0, 2 * (FALLBACK_MAX_CHARS + 1)))
  const head = chars.slice(0, FALLBACK_MAX_CHARS + 1).join('')
  const end = sentenceEnd(head)
  if (end !== null) return head.slice(0, end)
  if (chars.length <= FALLBACK_MAX_CHARS) return line
  const space = head.lastIndexOf(' ')
  const cut = space > 0 ? head.slice(0, space) : chars.slice(0, FALLBACK_MAX_CHARS).join('')
  return `${cut.replace(/[\s,;:—–-]+$/u, '')}…`
}

/** Where the first sentence ends, skipping the periods of abbreviations and initials ("U.S.", "J."). */
function sentenceEnd(text: string): number | null {
  for (const match of text.matchAll(/(\S*?)([.!?])["”’)]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu)) {
    const word = match[1] ?? ''
    if (match[2] !== '.' || !isAbbreviation(word)) return match.index + match[0].length
  }
  return null
}

function firstOf<T>(lines: readonly string[], read: (line: string) => T | null): T | null {
  for (const line of lines) {
    const value = read(line)
    if (value !== null) return value
  }
  return null
}
