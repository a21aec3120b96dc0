import { describe, expect, it } from 'vitest'
import { TermIndex } from '../../../../src/main/search/term-index'

const word = (term: string, prefix = false, exact = false) => ({ term, prefix, exact })

describe('TermIndex', () => {
  it('gives the passages holding a term of every word, as a scan of the passages would', () => {
    const index = new TermIndex()
    const vocabulary = ['hamas', 'hostage', 'hostages', 'release', 'released', 'truce', 'gaza']
    const passages: string[][] = []
    let seed = 7
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let id = 0; id < 3000; id++) {
      passages.push(vocabulary.filter(() => next() < 0.3))
      index.add(id, passages[id]!)
    }
    const words = [word('hostage', true), word('released'), word('gaza')]
    const lookups = words.map((w) => index.lookup(w)!)
    const expected = passages.flatMap((terms, id) => (terms.some((t) => t.startsWith('hostage')) && terms.includes('released') && terms.includes('gaza') ? [id] : []))
    expect(expected.length).toBeGreaterThan(0)
    expect(Array.from(index.candidates(lookups.map((word) => [word])))).toEqual(expected)
  })

  it('looks a prefix up among the words it begins, a missing word among its near spellings, and forgets removed words', () => {
    const index = new TermIndex()
    index.add(0, ['netanyahu', 'hamas', 'hamas'])
    index.add(1, ['release', 'relations'])
    expect(index.lookup(word('rel', true))!.match).toEqual({ prefix: 'rel' })
    expect(index.lookup(word('netanyhu'))!.match).toEqual({ terms: ['netanyahu'] })
    expect(index.lookup(word('netanyhu', false, true))).toBeNull()
    expect(index.postingCount).toBe(4)
    index.removeRange(1, 2, ['release', 'relations'])
    expect(index.lookup(word('rel', true))).toBeNull()
    expect(index.termCount).toBe(2)
  })
})
