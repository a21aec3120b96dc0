import { describe, expect, it } from 'vitest'
import { LibraryIndex } from '../../../../src/main/search/library-index'
import { foldText, matchClauses, MAX_LIMIT, parseQuery, type WordMatch } from '../../../../src/shared/search'

const meta = (id: string) => ({ id, title: `Report ${id}`, outlet: null, tags: [], textHash: `hash-${id}` })

/** Paragraphs that hold both words of "hostage release", never one right after the other. */
const DECOY = 'The hostage talks went on all night, and no release was agreed before dawn.'
const FILLER = 'Aid trucks waited at the crossing while the talks went on.'

/**
 * 300 documents whose five paragraphs each hold both words apart (1,500 passages that rank first by their number of
 * candidates), ten that hold the phrase once after six such paragraphs, and thirty that hold it once, in their last
 * paragraph, with nothing else: these rank last, behind every candidate passage of the others.
 */
function library(): { index: LibraryIndex; phrased: string[] } {
  const index = new LibraryIndex()
  const phrased: string[] = []
  for (let n = 0; n < 300; n++) index.setDocument(meta(`decoy-${n}`), Array(5).fill(DECOY).join('\n\n'), null)
  for (let n = 0; n < 10; n++) {
    phrased.push(`early-${n}`)
    index.setDocument(meta(`early-${n}`), [...Array(6).fill(DECOY), 'They spoke of a hostage release at last.'].join('\n\n'), null)
  }
  for (let n = 0; n < 30; n++) {
    phrased.push(`late-${n}`)
    const phrase = n % 3 === 0 ? 'A HOSTAGE, RELEASE: the headline read.' : 'The hostage release went ahead.'
    index.setDocument(meta(`late-${n}`), [FILLER, FILLER, phrase].join('\n\n'), null)
  }
  index.setDocument(meta('released'), 'The hostage released a statement.', null)
  return { index, phrased }
}

describe('phrase search', () => {
  it('returns every document that holds a phrase whose words meet apart in thousands of passages, with the exact total', () => {
    const { index, phrased } = library()
    const results = index.search({ text: '"hostage release"', limit: MAX_LIMIT })
    expect(results.groups.map((group) => group.documentId).sort()).toEqual([...phrased].sort())
    expect(results.total).toBe(40)
    expect(results.groups.every((group) => group.hitCount === 1)).toBe(true)
    const early = results.groups.find((group) => group.documentId === 'early-3')!
    expect(early.hits[0]!.snippet).toEqual({ text: 'They spoke of a hostage release at last.', marks: [{ start: 16, end: 31 }] })
  })

  it('matches the last word of a phrase still being typed as a prefix, and counts only the passages where the words follow one another', () => {
    const { index } = library()
    const results = index.search({ text: '"hostage rel', limit: MAX_LIMIT })
    expect(results.total).toBe(41)
    expect(results.groups.map((group) => group.documentId)).toContain('released')
    const late = index.search({ text: '"hostage release" headline', documentId: 'late-3' })
    expect(late.groups[0]!.hits[0]!.snippet.marks).toEqual([
      { start: 2, end: 18 },
      { start: 24, end: 32 }
    ])
  })

  it('finds what a scan of every passage finds, for phrases of two and three words with a prefix at the end', () => {
    const vocabulary = ['gaza', 'hostage', 'hostages', 'release', 'released', 'truce', 'the', 'of']
    let seed = 11
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const index = new LibraryIndex()
    const texts = new Map<string, string[]>()
    for (let n = 0; n < 150; n++) {
      const paragraphs = Array.from({ length: 1 + Math.floor(next() * 4) }, () =>
        Array.from({ length: 3 + Math.floor(next() * 12) }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(next() < 0.2 ? ', ' : ' ')
      )
      texts.set(`doc-${n}`, paragraphs)
      index.setDocument(meta(`doc-${n}`), paragraphs.join('\n\n'), null)
    }
    const asMatched = (text: string): WordMatch[][] => parseQuery(text).map((clause) => clause.map((w) => (w.prefix ? { prefix: w.term } : { terms: [w.term] })))
    for (const query of ['"the hostage"', '"hostage release"', '"of the hostages"', '"release of the', '"truce gaza"', '"the the"']) {
      const clauses = asMatched(query)
      const expected = new Map<string, number>()
      for (const [id, paragraphs] of texts) {
        const hits = paragraphs.filter((p) => matchClauses(foldText(p), clauses) !== null).length
        if (hits > 0) expected.set(id, hits)
      }
      expect(expected.size, query).toBeGreaterThan(0)
      const results = index.search({ text: query, limit: MAX_LIMIT })
      expect(new Map(results.groups.map((group) => [group.documentId, group.hitCount])), query).toEqual(expected)
      expect(results.total, query).toBe(expected.size)
    }
  })
})
