import { isAbbreviation } from '../metadata'
import type { Span } from './types'

export type ClauseTokenKind = 'word' | 'quote' | 'comma' | 'break' | 'stop'

export interface ClauseToken {
  kind: ClauseTokenKind
  /** The word as written; for a quotation, its index among the paragraph's quotations. */
  text: string
  /** The word in lower case, without a final period. */
  lower: string
  /** UTF-16 offset in the whole text. */
  start: number
}

/** A paragraph read as words and punctuation, each quotation one token, cut into sentences at stops outside quotes. */
export interface ClauseText {
  tokens: ClauseToken[]
  /** Token index ranges [start, end) of the sentences. */
  sentences: Span[]
  /** Token index of each quotation. */
  quoteTokens: number[]
}

/** Words keep the periods of a dotted abbreviation ("U.S."), so a name run reads through them. */
const TOKEN = /\uE000+|[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*(?:(?:\.[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*)+\.?)?|,|--|[;:()—–]|[.!?…]+/gu
const MASK = '\uE000'

/** "--" is a dash typed without one: "WASHINGTON -- President Barack Obama …". */
const BREAKS = new Set([';', ':', '(', ')', '—', '–', '--'])
const STOPS = new Set(['.', '!', '?', '…'])

function kindOf(token: string): ClauseTokenKind {
  const first = token[0]!
  if (first === MASK) return 'quote'
  if (first === ',') return 'comma'
  if (BREAKS.has(token)) return 'break'
  return STOPS.has(first) ? 'stop' : 'word'
}

function lowered(word: string): string {
  const lower = word.toLowerCase()
  return lower.endsWith('.') ? lower.slice(0, -1) : lower
}

function endsSentence(tokens: ClauseToken[], index: number): boolean {
  const stop = tokens[index]!
  const before = tokens[index - 1]
  const after = tokens[index + 1]
  if (after === undefined) return true
  const startsAnother = after.kind === 'quote' || (after.kind === 'word' && /^[\p{Lu}\p{N}]/u.test(after.text))
  if (!startsAnother) return false
  return stop.text !== '.' || before?.kind !== 'word' || !before.text.includes('.')
}

/** Reads the paragraph [from, to) of `text` with its quotations (sorted, inside it) masked out. */
export function clauseText(text: string, from: number, to: number, quotes: readonly { open: number; close: number }[]): ClauseText {
  let masked = text.slice(from, to)
  for (const quote of quotes) {
    masked = masked.slice(0, quote.open - from) + MASK.repeat(quote.close - quote.open) + masked.slice(quote.close - from)
  }
  const tokens: ClauseToken[] = []
  const quoteTokens: number[] = []
  for (const match of masked.matchAll(TOKEN)) {
    const kind = kindOf(match[0])
    const previous = tokens.at(-1)
    // "Mr.", "Sen.", "St.", an initial: the period is the word's, so "Mr. Steele said" is one clause.
    if (match[0] === '.' && previous?.kind === 'word' && previous.start + previous.text.length === from + match.index && isAbbreviation(previous.text)) {
      previous.text += '.'
      continue
    }
    if (kind === 'quote') quoteTokens.push(tokens.length)
    const text = kind === 'quote' ? String(quoteTokens.length - 1) : match[0]
    tokens.push({ kind, text, lower: kind === 'word' ? lowered(text) : '', start: from + match.index })
  }
  const sentences: Span[] = []
  let start = 0
  for (let index = 0; index < tokens.length; index++) {
    if (tokens[index]!.kind === 'stop' && endsSentence(tokens, index)) {
      sentences.push({ start, end: index + 1 })
      start = index + 1
    }
  }
  if (start < tokens.length) sentences.push({ start, end: tokens.length })
  return { tokens, sentences, quoteTokens }
}
