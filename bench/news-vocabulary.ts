import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { partitionPoint } from '../src/shared/partition-point'
import { random } from './random'

/**
 * How many distinct words the synthetic library is written in. Real news has more: BASIL's 150 development articles
 * (../shared/corpora/basil-dev) hold 14,442 distinct words in 90,797, and by Heaps' law a library of 10,000 articles
 * would hold well over 100,000. At this size the rarest word still comes up a dozen times in 10,000 documents.
 */
const TYPES = 50_000
/**
 * Zipf's exponent: the n-th most common word is used about 1/n as often as the most common. Measured on BASIL's
 * development articles (words split at white space, punctuation kept, as here): a log-log slope of -0.94 over ranks
 * 10 to 3,000, the 1,300 most common words 72% of all words. This model gives them 68%.
 */
const EXPONENT = 1
/** Of the words past the seeds' own, the share that are names (capitalized) and the share that are numbers. */
const NAMES = 0.2
const NUMBERS = 0.06
/** A sentence now and then is a run of the seeds' own words, so that their phrases recur across the library. */
const QUOTED_SENTENCES = 0.01

/**
 * The words a synthetic news library is written in: the seeds' words, most common first, then invented words, names
 * and numbers to `TYPES` distinct ones, drawn with Zipfian frequencies; and runs of the seeds' text, so that their
 * phrases ("hostage release", "Netanyahu said") recur as stock phrases do, rarely.
 */
export class NewsVocabulary {
  readonly #words: readonly string[]
  /** Cumulative Zipf weights by rank, for drawing a word by bisection. */
  readonly #cumulative: Float64Array
  readonly #seedText: readonly string[]

  constructor(seedText: readonly string[]) {
    this.#seedText = seedText
    const seedWords = byFrequency(seedText)
    this.#words = [...seedWords, ...inventedWords(new Set(seedWords), TYPES - seedWords.length)]
    this.#cumulative = new Float64Array(this.#words.length)
    let total = 0
    for (let rank = 0; rank < this.#words.length; rank++) this.#cumulative[rank] = total += 1 / (rank + 1) ** EXPONENT
  }

  static async fromSeeds(seedsDir: string): Promise<NewsVocabulary> {
    const names = (await readdir(seedsDir)).sort()
    const texts = await Promise.all(names.map((name) => readFile(join(seedsDir, name), 'utf8')))
    return new NewsVocabulary(texts.join(' ').split(/\s+/).filter((word) => /\p{L}/u.test(word)))
  }

  get size(): number {
    return this.#words.length
  }

  /** The word of rank `rank` (0 the most common). */
  at(rank: number): string {
    return this.#words[rank]!
  }

  /** One word, by its Zipfian frequency. */
  word(next: () => number): string {
    const cumulative = this.#cumulative
    const target = next() * cumulative[cumulative.length - 1]!
    return this.#words[Math.min(cumulative.length - 1, partitionPoint(cumulative.length, (rank) => cumulative[rank]! <= target))]!
  }

  /** The words of one sentence: mostly drawn one by one, now and then a run of the seeds' own text. */
  sentence(next: () => number): string[] {
    const length = 8 + Math.floor(next() * 22)
    if (next() < QUOTED_SENTENCES) {
      const from = Math.floor(next() * Math.max(1, this.#seedText.length - length))
      return this.#seedText.slice(from, from + length)
    }
    return Array.from({ length }, () => this.word(next))
  }
}

/** The distinct words of a text, most frequent first, ties in order of first use. */
function byFrequency(words: readonly string[]): string[] {
  const counts = new Map<string, number>()
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1)
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!)
}

/**
 * `count` distinct made-up words not among `taken`, in the order they take in the ranks: words of two or three
 * syllables in English spelling, capitalized names among them, and numbers (counts, years, percentages).
 */
function inventedWords(taken: ReadonlySet<string>, count: number): string[] {
  const next = random(20261207)
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!
  const onsets = ['', 'b', 'br', 'c', 'ch', 'cl', 'd', 'dr', 'f', 'fl', 'g', 'gr', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'pr', 'qu', 'r', 's', 'sh', 'st', 't', 'th', 'tr', 'v', 'w', 'z']
  const vowels = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'i', 'o', 'ea', 'ou', 'ai']
  const codas = ['', '', '', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'st', 'rk', 'ng', 'ck']
  const made = (syllables: number) => Array.from({ length: syllables }, () => pick(onsets) + pick(vowels)).join('') + pick(codas)
  const number = () => {
    const kind = next()
    if (kind < 0.3) return String(1950 + Math.floor(next() * 80))
    if (kind < 0.5) return `${(next() * 100).toFixed(1)}%`
    return Math.floor(10 ** (1 + next() * 5)).toLocaleString('en')
  }
  const words: string[] = []
  const seen = new Set(taken)
  while (words.length < count) {
    const kind = next()
    const word = kind < NUMBERS ? number() : kind < NUMBERS + NAMES ? capitalized(made(2 + Math.floor(next() * 2))) : made(2 + Math.floor(next() * 2))
    if (seen.has(word)) continue
    seen.add(word)
    words.push(word)
  }
  return words
}

function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
