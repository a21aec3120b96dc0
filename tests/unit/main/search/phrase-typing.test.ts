import { afterEach, describe, expect, it, vi } from 'vitest'
import { LibraryIndex } from '../../../../src/main/search/library-index'
import { PostingList } from '../../../../src/main/search/posting-list'
import { foldText, matchClauses, MAX_LIMIT, parseQuery, type WordMatch } from '../../../../src/shared/search'

const meta = (id: string) => ({ id, title: `Report ${id}`, outlet: null, tags: [], textHash: `hash-${id}` })
const VOCABULARY = ['hostage', 'hostages', 'release', 'released', 'of', 'talks', 'gaza']

/** 200 documents of one to four paragraphs drawn from a few words, each paragraph beginning with "the" and holding it again. */
function library(): { index: LibraryIndex; texts: Map<string, string[]> } {
  let seed = 5
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const pick = () => (next() < 0.3 ? 'the' : VOCABULARY[Math.floor(next() * VOCABULARY.length)]!)
  const index = new LibraryIndex()
  const texts = new Map<string, string[]>()
  for (let n = 0; n < 200; n++) {
    const paragraphs = Array.from({ length: 1 + Math.floor(next() * 4) }, () => ['the', ...Array.from({ length: 4 + Math.floor(next() * 10) }, pick)].join(' '))
    texts.set(`doc-${n}`, paragraphs)
    index.setDocument(meta(`doc-${n}`), paragraphs.join('\n\n'), null)
  }
  return { index, texts }
}

/** Per document that holds the query in some paragraph, in how many: what a scan of every paragraph finds. */
function scanned(texts: Map<string, string[]>, query: string): Map<string, number> {
  const clauses: WordMatch[][] = parseQuery(query).map((clause) => clause.map((w) => (w.prefix ? { prefix: w.term } : { terms: [w.term] })))
  const found = new Map<string, number>()
  for (const [id, paragraphs] of texts) {
    const hits = paragraphs.filter((p) => matchClauses(foldText(p), clauses) !== null).length
    if (hits > 0) found.set(id, hits)
  }
  return found
}

function answered(index: LibraryIndex, query: string): Map<string, number> {
  const results = index.search({ text: query, limit: MAX_LIMIT })
  expect(results.total, query).toBe(results.groups.length)
  return new Map(results.groups.map((group) => [group.documentId, group.hitCount]))
}

/** Each state of the search box while `text` is typed, from its `from`th character on. */
const typing = (text: string, from = 2) => Array.from({ length: text.length - from + 1 }, (_, i) => text.slice(0, from + i))

afterEach(() => {
  vi.restoreAllMocks()
})

describe('a phrase typed one character at a time', () => {
  it('reads the positions of the common word it begins with once, at the first keystroke that makes it a phrase', () => {
    const { index, texts } = library()
    const positionsIn = vi.spyOn(PostingList.prototype, 'positionsIn')
    const read: PostingList[][] = []
    for (const query of typing('"the hostage release"', '"the ho'.length)) {
      positionsIn.mockClear()
      expect(answered(index, query), query).toEqual(scanned(texts, query))
      read.push(positionsIn.mock.contexts as PostingList[])
    }
    const the = read[0]!.reduce((longest, list) => (list.length > longest.length ? list : longest))
    expect(the.length).toBeGreaterThan(400)
    expect(read.slice(1).filter((lists) => lists.includes(the))).toEqual([])
  })

  it('answers as a scan does while words are typed, taken back and typed anew, and as the library changes between keystrokes', () => {
    const { index, texts } = library()
    const states = [...typing('"the hostage release"'), ...typing('"the hostage release"').reverse(), ...typing('"of the hostages"'), '"the talks', '"the talks of']
    for (const query of states) expect(answered(index, query), query).toEqual(scanned(texts, query))
    expect(answered(index, '"the hostage re')).not.toHaveProperty('size', 0)
    const added = ['the hostage release went ahead']
    texts.set('added', added)
    index.setDocument(meta('added'), added.join('\n\n'), null)
    expect(answered(index, '"the hostage rel').get('added')).toBe(1)
    texts.delete('doc-0')
    texts.delete('doc-1')
    index.removeDocument('doc-0')
    index.removeDocument('doc-1')
    for (const query of ['"the hostage rele', '"the hostage relea', '"the hostage release']) expect(answered(index, query), query).toEqual(scanned(texts, query))
  })
})
