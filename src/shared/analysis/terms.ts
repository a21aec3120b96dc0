import { stemmer } from 'stemmer'
import { isUnspaced, unspacedWords } from '../unspaced-words'
import { STOPWORDS } from './stopwords'

export interface Word {
  /** UTF-16 offsets in the text the word was read from. */
  start: number
  end: number
  /** Lower case, without diacritics, apostrophes and quote marks straightened. */
  folded: string
}

/**
 * Dotted abbreviations ("U.S."), numbers with separators ("1,200"), then words read through apostrophes
 * ("didn’t", "Netanyahu’s"); hyphens split, so "U.S.-Hamas" and "man-made" are two words each. A match in a script
 * written without spaces (Chinese, Japanese, Thai…) is a phrase, cut into its words by `unspacedWords`.
 */
const WORD = /(?:\p{L}\.){2,}|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’ʼ][\p{L}\p{M}]+)*/gu
const ASCII = /^[\x20-\x7e]*$/
/**
 * Accents of Latin, Greek and Cyrillic, Arabic short vowels and Hebrew points: marks a word is written with or
 * without. Not the vowel signs of Thai or Devanagari, without which a word is another word or none.
 */
const OPTIONAL_MARKS = /[\u0300-\u036f\u064b-\u065f\u0670\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]/g
const PLAIN = /^[a-z0-9]+$/
const APOSTROPHES = /[’ʼ‘]/g
const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'cannot'])
const CLITIC = /'(?:s|re|ve|ll|d|m)$/
const LETTERS = /^[a-z]+$/

/** Case, diacritics and the curly/straight apostrophe do not tell two words apart; "US" is "U.S.", not "us". */
export function fold(word: string): string {
  if (word === 'US') return 'u.s'
  const lower = word.toLowerCase()
  if (PLAIN.test(lower)) return lower
  const plain = ASCII.test(lower) ? lower : lower.normalize('NFD').replace(OPTIONAL_MARKS, '')
  return plain.replace(APOSTROPHES, "'").replace(/\.$/, '').replace(/,/g, '')
}

/** The words of `text` between UTF-16 offsets `from` and `to`, with offsets into `text`. */
export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const found: Word[] = []
  forEachWord(text.slice(from, to), (word, index) => {
    const start = from + index
    found.push({ start, end: start + word.length, folded: fold(word) })
  })
  return found
}

/** Each word of `text` with its offset. */
function forEachWord(text: string, visit: (word: string, index: number) => void): void {
  for (const match of text.matchAll(WORD)) {
    const word = match[0]
    if (isUnspaced(word)) {
      for (const [start, end] of unspacedWords(word)) visit(word.slice(start, end), match.index + start)
    } else visit(word, match.index)
  }
}

const MEMO_LIMIT = 100_000
const terms = new Map<string, string | null>()

/**
 * The term a folded word contributes to a passage's content, or null for a function word. Every negation is the
 * one term "not", so "never wanted" and "didn't want" share two terms; "Hamas’s" and "Hamas" share their stem.
 */
function termOf(folded: string): string | null {
  if (NEGATIONS.has(folded) || folded.endsWith("n't")) return 'not'
  const base = folded.replace(CLITIC, '')
  if (base === '' || STOPWORDS.has(base)) return null
  return LETTERS.test(base) ? stemmer(base) : base
}

/** `termOf(fold(word))`, memoised: a corpus repeats a few thousand words millions of times. */
function termOfWord(word: string): string | null {
  let term = terms.get(word)
  if (term === undefined) {
    if (terms.size >= MEMO_LIMIT) terms.clear()
    term = termOf(fold(word))
    terms.set(word, term)
  }
  return term
}

/** The content terms of `text` between `from` and `to`, in order. */
export function termsOf(text: string, from = 0, to = text.length): string[] {
  const found: string[] = []
  forEachWord(text.slice(from, to), (word) => {
    const term = termOfWord(word)
    if (term !== null) found.push(term)
  })
  return found
}
