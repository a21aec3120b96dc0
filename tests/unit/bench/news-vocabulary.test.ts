import { describe, expect, it } from 'vitest'
import { NewsVocabulary } from '../../../bench/news-vocabulary'
import { random } from '../../../bench/random'

const SEED_TEXT = 'the cat saw the dog and the dog saw a cat'.split(' ')
/** The harmonic number of 50,000 (ln n + Euler's constant + 1/2n): the sum of the Zipf weights of the 50,000 ranks. */
const H_50000 = Math.log(50_000) + 0.5772156649 + 1 / 100_000

describe('the synthetic library’s vocabulary', () => {
  const vocabulary = new NewsVocabulary(SEED_TEXT)

  it('ranks the seed text’s words by frequency, ties in order of first use, then 50,000 distinct words in all', () => {
    expect([0, 1, 2, 3, 4, 5].map((rank) => vocabulary.at(rank))).toEqual(['the', 'cat', 'saw', 'dog', 'and', 'a'])
    const words = Array.from({ length: vocabulary.size }, (_, rank) => vocabulary.at(rank))
    expect(vocabulary.size).toBe(50_000)
    expect(new Set(words).size).toBe(50_000)
    const invented = words.slice(6)
    const names = invented.filter((word) => /^\p{Lu}\p{Ll}+$/u.test(word)).length
    const numbers = invented.filter((word) => /^[\d,.]+%?$/.test(word)).length
    expect(names / invented.length).toBeGreaterThan(0.15)
    expect(names / invented.length).toBeLessThan(0.25)
    expect(numbers / invented.length).toBeGreaterThan(0.03)
    expect(numbers / invented.length).toBeLessThan(0.09)
  })

  it('draws words with Zipfian frequencies: rank r about 1/r as often as the first', () => {
    const next = random(7)
    const counts = new Map<string, number>()
    const draws = 400_000
    for (let i = 0; i < draws; i++) {
      const word = vocabulary.word(next)
      counts.set(word, (counts.get(word) ?? 0) + 1)
    }
    const share = (rank: number) => (counts.get(vocabulary.at(rank)) ?? 0) / draws
    expect(share(0)).toBeCloseTo(1 / H_50000, 2)
    expect(share(9) / (1 / (10 * H_50000))).toBeGreaterThan(0.9)
    expect(share(9) / (1 / (10 * H_50000))).toBeLessThan(1.1)
    // The 1,300 most common words make up ln(1300) + 0.58 over H(50,000) of all words drawn: 68%.
    let top = 0
    for (let rank = 0; rank < 1300; rank++) top += counts.get(vocabulary.at(rank)) ?? 0
    expect(top / draws).toBeCloseTo(0.68, 2)
    // The rarest words still come up: 400,000 draws reach most of the 50,000.
    expect(counts.size).toBeGreaterThan(30_000)
  })

  it('makes the same words and the same sentences from the same seed text and the same random numbers', () => {
    const again = new NewsVocabulary(SEED_TEXT)
    expect(again.at(49_999)).toBe(vocabulary.at(49_999))
    const [a, b] = [random(3), random(3)]
    for (let i = 0; i < 50; i++) expect(again.sentence(a)).toEqual(vocabulary.sentence(b))
  })

  it('writes one sentence in a hundred or so as a run of the seed text itself', () => {
    const seedText = Array.from({ length: 2_000 }, (_, i) => `w${i}`)
    const quoting = new NewsVocabulary(seedText)
    const next = random(11)
    let quoted = 0
    for (let i = 0; i < 20_000; i++) {
      const sentence = quoting.sentence(next)
      const from = seedText.indexOf(sentence[0]!)
      if (sentence.every((word, j) => seedText[from + j] === word)) quoted++
    }
    expect(quoted / 20_000).toBeGreaterThan(0.008)
    expect(quoted / 20_000).toBeLessThan(0.012)
  })
})
