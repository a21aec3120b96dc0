import { describe, expect, it } from 'vitest'
import { LibraryState } from '../../../../src/renderer/state/library.svelte'
import { mergeSorted, sortDocuments } from '../../../../src/renderer/lib/sort-documents'
import { fakeApi, meta } from './fake-api'

const TITLES = ['Ceasefire talks resume', 'Aid convoys enter Gaza', 'Talks 10 days in', 'Talks 9 days in', 'ceasefire talks resume', 'Élysée hosts envoys']

/** Documents with titles, dates and word counts drawn from `seed`, some dates missing, some titles the same. */
function documents(count: number, seed: number) {
  let state = seed
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  return Array.from({ length: count }, (_, i) =>
    meta(`d${seed}-${i}`, {
      title: TITLES[Math.floor(next() * TITLES.length)]!,
      date: next() < 0.3 ? null : `2024-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`,
      wordCount: Math.floor(next() * 50)
    })
  )
}

describe('LibraryState', () => {
  it('puts imported documents where a sort of the whole library would, in every order', async () => {
    const existing = documents(40, 1)
    for (const key of ['title', 'date', 'wordCount'] as const) {
      const library = new LibraryState(fakeApi({ listDocuments: async () => existing, listOutlets: async () => [] }).api)
      await library.load()
      library.sortBy(key)
      const added = [documents(7, 2), documents(1, 3), documents(12, 4)]
      for (const batch of added) library.add(batch)
      const all = [...existing, ...added.flat()]
      expect(library.allSorted.map((doc) => doc.id), key).toEqual(sortDocuments(all, key, library.sortDirection, (doc) => doc.outlet).map((doc) => doc.id))
      expect(library.documents).toHaveLength(60)
      // The order still follows the sort chosen after an import.
      library.sortBy(key)
      expect(library.allSorted.map((doc) => doc.id), key).toEqual(sortDocuments(all, key, library.sortDirection, (doc) => doc.outlet).map((doc) => doc.id))
    }
  })

  it('merges keeping the sorted ones first among equals, as a stable sort of both would', () => {
    const byLength = (a: string, b: string) => a.length - b.length
    expect(mergeSorted(['a', 'bb', 'cc', 'ddd'], ['ee', 'f', 'gggg', 'hh'], byLength)).toEqual(['a', 'f', 'bb', 'cc', 'ee', 'hh', 'ddd', 'gggg'])
    expect(mergeSorted([], ['bb', 'a'], byLength)).toEqual(['a', 'bb'])
  })
})
