import { describe, expect, it } from 'vitest'
import { seededSearch } from './seeded-search'

describe('SearchService on the seed corpus', () => {
  it('finds "Witkoff" in exactly the three documents that name him, most hits first, each hit pointing at his name', async () => {
    const { search, found, textOf } = await seededSearch()
    expect(await found('Witkoff')).toEqual(['002', '000', '001'])
    const results = await search.search({ text: 'Witkoff' })
    expect(results.total).toBe(3)
    expect(results.groups.map((g) => g.hitCount)).toEqual([5, 1, 1])
    for (const group of results.groups) {
      const text = await textOf(group.documentId)
      for (const hit of group.hits) {
        expect(hit.kind).toBe('text')
        expect(text.slice(hit.range!.start, hit.range!.end)).toBe('Witkoff')
        expect(hit.snippet.marks.map((m) => hit.snippet.text.slice(m.start, m.end))).toContain('Witkoff')
      }
    }
  })

  it('finds the phrase "finish the job" in 000 and 001 only, marking the whole phrase', async () => {
    const { search, found, textOf } = await seededSearch()
    expect((await found('"finish the job"')).sort()).toEqual(['000', '001'])
    for (const group of (await search.search({ text: '"finish the job"' })).groups) {
      const text = await textOf(group.documentId)
      expect(group.hits.map((h) => text.slice(h.range!.start, h.range!.end))).toEqual(['finish the job'])
    }
  })

  it('folds quotes, accents and case: "didn\'t" finds didn’t, NETANYÁHU finds Netanyahu', async () => {
    const { search, found, textOf, seed } = await seededSearch()
    expect(await found('"didn\'t"')).toEqual(['001'])
    expect(await found('didn’t ')).toEqual(['001'])
    const [hit] = (await search.search({ text: "didn't " })).groups[0]!.hits
    expect((await textOf(seed('001').id)).slice(hit!.range!.start, hit!.range!.end)).toBe('didn’t')
    expect((await found('NETANYÁHU')).sort()).toEqual(['000', '002', '003', '004'])
  })

  it('matches the last word as a prefix while it is typed, and not once a space follows it', async () => {
    const { found } = await seededSearch()
    expect((await found('Witk')).sort()).toEqual(['000', '001', '002'])
    expect((await found('"finish the jo')).sort()).toEqual(['000', '001'])
    expect(await found('Witko ')).toEqual([])
  })

  it('tolerates a typo in a word the library does not have', async () => {
    const { found } = await seededSearch()
    expect((await found('Witkiff ')).sort()).toEqual(['000', '001', '002'])
    expect((await found('Netanyhu ')).sort()).toEqual(['000', '002', '003', '004'])
    expect(await found('"Witkiff"')).toEqual([])
  })

  it('finds titles and outlets, and puts a title hit first with no place in the text', async () => {
    const { search, found, seed } = await seededSearch()
    const [group] = (await search.search({ text: 'rejects' })).groups
    expect(group!.documentId).toBe(seed('003').id)
    expect(group!.hits.map((h) => h.kind)).toEqual(['title', 'text'])
    expect(group!.hits[0]).toMatchObject({ range: null, highlightId: null })
    expect(await found('tjvnews')).toEqual(['000'])
  })

  it('ranks, limits and counts documents', async () => {
    const { search } = await seededSearch()
    const results = await search.search({ text: 'Hamas', limit: 2 })
    expect(results.groups).toHaveLength(2)
    expect(results).toMatchObject({ total: 5 })
    expect((await search.search({ text: '  ' })).groups).toEqual([])
  })
})
