import { afterEach, describe, expect, it, vi } from 'vitest'
import { LibraryIndex } from '../../../../src/main/search/library-index'
import { PostingList } from '../../../../src/main/search/posting-list'
import { foldText, matchClauses, MAX_LIMIT, parseQuery, type WordMatch } from '../../../../src/shared/search'

const meta = (id: string) => ({ id, title: `Report ${id}`, outlet: null, tags: [], textHash: `hash-${id}` })

/**
 * 200 documents of one to four paragraphs of 5 to 14 words drawn from `vocabulary` (a word listed twice is drawn
 * twice as often), and the list of the commonest word: the one with the most passages.
 */
function library(vocabulary: string[]): { index: LibraryIndex; texts: Map<string, string[]>; commonest: PostingList } {
  let seed = 5
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const add = vi.spyOn(PostingList.prototype, 'add')
  const index = new LibraryIndex()
  const texts = new Map<string, string[]>()
  for (let n = 0; n < 200; n++) {
    const paragraphs = Array.from({ length: 1 + Math.floor(next() * 4) }, () =>
      Array.from({ length: 5 + Math.floor(next() * 10) }, () => vocabulary[Math.floor(next() * vocabulary.length)]!).join(' ')
    )
    texts.set(`doc-${n}`, paragraphs)
    index.setDocument(meta(`doc-${n}`), paragraphs.join('\n\n'), null)
  }
  const commonest = (add.mock.contexts as PostingList[]).reduce((longest, list) => (list.length > longest.length ? list : longest))
  add.mockRestore()
  return { index, texts, commonest }
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

/** Asks for each of `queries` in turn, checks the answer against a scan, and gives for each the lists whose positions it read. */
function typedIn(index: LibraryIndex, texts: Map<string, string[]>, queries: string[]): PostingList[][] {
  const readers = [vi.spyOn(PostingList.prototype, 'positionsIn'), vi.spyOn(PostingList.prototype, 'markFollowing')]
  return queries.map((query) => {
    for (const reader of readers) reader.mockClear()
    const expected = scanned(texts, query)
    expect(expected.size, query).toBeGreaterThan(0)
    expect(answered(index, query), query).toEqual(expected)
    return readers.flatMap((reader) => reader.mock.contexts as PostingList[])
  })
}

/** Each state of the search box while `text` is typed, from its `from`th character on. */
const typing = (text: string, from = 2) => Array.from({ length: text.length - from + 1 }, (_, i) => text.slice(0, from + i))

afterEach(() => {
  vi.restoreAllMocks()
})

describe('a phrase typed one character at a time', () => {
  it('reads the positions of the words it began with once, at the first keystroke that makes it a phrase', () => {
    const { index, texts, commonest: hostage } = library(['hostage', 'hostage', 'hostage', 'hostages', 'release', 'released', 'talks', 'gaza'])
    const read = typedIn(index, texts, typing('"hostage release talks"', '"hostage re'.length))
    expect(read[0]).toContain(hostage)
    expect(read.slice(1).filter((lists) => lists.includes(hostage))).toEqual([])
  })

  it('reads a common word and the word after it as their pair, never the positions of the common word', () => {
    const { index, texts, commonest: the } = library(['the', 'the', 'the', 'of', 'this', 'hostage', 'hostages', 'release', 'talks'])
    const read = typedIn(index, texts, [...typing('"the hostage release"', '"the ho'.length), ...typing('"of the hostages"', '"of th'.length)])
    expect(read.filter((lists) => lists.includes(the))).toEqual([])
  })

  it('answers as a scan does while words are typed, taken back and typed anew, and as the library changes between keystrokes', () => {
    const { index, texts } = library(['the', 'the', 'of', 'hostage', 'hostages', 'release', 'released', 'talks', 'gaza'])
    const states = [...typing('"the hostage release"'), ...typing('"the hostage release"').reverse(), ...typing('"of the hostages"'), '"the talks', '"the talks of']
    for (const query of states) expect(answered(index, query), query).toEqual(scanned(texts, query))
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
