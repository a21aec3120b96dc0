import { isUnspaced, unspacedWords } from '../unspaced-words'

/** A word of a folded text and where it lies, in UTF-16 offsets. */
export interface Token {
  term: string
  start: number
  end: number
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u

/** A character's class: not part of a word, part of one, or part of one in a script written without spaces. */
const SEPARATOR = 2
const WORD = 1
const UNSPACED_WORD = 3

/**
 * Per BMP code unit: 0 not yet known, else its class. Filled as units are met, because a table lookup is several
 * times faster than a Unicode-aware regular expression over the whole library.
 */
const unitClass = new Uint8Array(0x10000)

function classOf(char: string): number {
  if (!WORD_CHAR.test(char)) return SEPARATOR
  return isUnspaced(char) ? UNSPACED_WORD : WORD
}

/** The class of the character at `index`; either half of a surrogate pair is judged by the pair's code point. */
function classAt(text: string, index: number): number {
  const unit = text.charCodeAt(index)
  if (unit >= 0xd800 && unit <= 0xdfff) {
    const start = unit >= 0xdc00 && index > 0 && text.charCodeAt(index - 1) >= 0xd800 && text.charCodeAt(index - 1) < 0xdc00 ? index - 1 : index
    return classOf(String.fromCodePoint(text.codePointAt(start)!))
  }
  if (unitClass[unit] === 0) unitClass[unit] = classOf(String.fromCharCode(unit))
  return unitClass[unit]!
}

/**
 * Whether the character at `index` is part of a word: a letter, digit or combining mark of any script. Everything else
 * separates words, apostrophes and hyphens included, so `Hamas’s` holds the word `hamas` and a query for `didn't`
 * becomes the phrase `didn t`.
 */
export function isWordAt(text: string, index: number): boolean {
  return classAt(text, index) !== SEPARATOR
}

/** The run of word characters around `index`, and whether it holds a script written without spaces. */
function runAround(text: string, index: number): { start: number; end: number; unspaced: boolean } {
  let start = index
  while (start > 0 && isWordAt(text, start - 1)) start--
  let end = index
  let unspaced = false
  for (let kind = classAt(text, end); end < text.length && kind !== SEPARATOR; kind = classAt(text, ++end)) {
    if (kind === UNSPACED_WORD) unspaced = true
  }
  return { start, end, unspaced }
}

/** The last run split into words, kept because a phrase's hits in one passage fall in the same runs again and again. */
let lastRun: { run: string; words: [number, number][] } = { run: '', words: [] }

/** The words of the unspaced run from `start` to `end`, as offsets into `text`. */
function wordsOfRun(text: string, start: number, end: number): [number, number][] {
  const run = text.slice(start, end)
  if (lastRun.run !== run) lastRun = { run, words: unspacedWords(run) }
  return lastRun.words.map(([from, to]) => [start + from, start + to])
}

/** Where the word that begins at `index` ends, as `tokenize` cuts words; -1 when no word begins there. */
export function wordEndFrom(text: string, index: number): number {
  if (index >= text.length || !isWordAt(text, index)) return -1
  const { start, end, unspaced } = runAround(text, index)
  if (!unspaced) return start === index ? end : -1
  return wordsOfRun(text, start, end).find(([from]) => from === index)?.[1] ?? -1
}

/**
 * Each word of a folded text, in order: a run of word characters, or in a script written without spaces (Chinese,
 * Japanese, Thai and the like) the words the run is made of. One pass by table, as this reads the whole library.
 */
function forEachWord(folded: string, visit: (start: number, end: number) => void): void {
  let start = -1
  let unspaced = false
  for (let i = 0; i <= folded.length; i++) {
    const kind = i < folded.length ? classAt(folded, i) : SEPARATOR
    if (kind !== SEPARATOR) {
      if (start === -1) [start, unspaced] = [i, false]
      if (kind === UNSPACED_WORD) unspaced = true
    } else if (start !== -1) {
      if (unspaced) for (const [from, to] of wordsOfRun(folded, start, i)) visit(from, to)
      else visit(start, i)
      start = -1
    }
  }
}

/** The words of a folded text, in order, with where each lies. */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = []
  forEachWord(folded, (start, end) => tokens.push({ term: folded.slice(start, end), start, end }))
  return tokens
}

/** The words of a folded text in order, repeats included: what the index records of a passage. */
export function words(folded: string): string[] {
  const found: string[] = []
  forEachWord(folded, (start, end) => found.push(folded.slice(start, end)))
  return found
}
