import { describe, expect, it } from 'vitest'
import { PostingList } from '../../../../src/main/search/posting-list'

describe('PostingList', () => {
  it('keeps ids ascending past the switch to a typed array, and deletes a run of them', () => {
    const list = new PostingList(0)
    for (let id = 0; id < 40; id += 2) list.add(id, [0])
    expect(() => list.add(10, [0])).toThrow(/out of order/)
    expect(list.deleteRange(9, 15)).toBe(3)
    expect(list.deleteRange(15, 16)).toBe(0)
    expect(Array.from(list.ids)).toEqual(Array.from({ length: 20 }, (_, i) => i * 2).filter((id) => id < 9 || id >= 15))
    expect([list.has(16), list.has(10), list.last]).toEqual([true, false, 38])
    const small = new PostingList(0)
    for (const id of [1, 2, 3, 7]) small.add(id, [0])
    small.deleteRange(2, 4)
    expect(Array.from(small.ids)).toEqual([1, 7])
  })

  it('gives each passage’s positions, large ones included, and marks the places it stands two words on from, through additions and removals of runs across its entry points', () => {
    const list = new PostingList(0)
    const model = new Map<number, number[]>()
    let seed = 3
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const positions = () => {
      const found = new Set(Array.from({ length: 1 + Math.floor(next() * 4) }, () => Math.floor(next() * (next() < 0.1 ? 300_000 : 200))))
      return [...found].sort((a, b) => a - b)
    }
    let id = 0
    const grow = (count: number) => {
      for (let n = 0; n < count; n++, id += 1 + Math.floor(next() * 3)) {
        const at = positions()
        list.add(id, at)
        model.set(id, at)
      }
    }
    const remove = (from: number, to: number) => {
      for (const key of model.keys()) if (key >= from && key < to) model.delete(key)
      list.deleteRange(from, to)
    }
    grow(500)
    remove(100, 400)
    remove(0, 30)
    remove(600, 601)
    grow(300)
    remove(900, 1300)
    /**
     * Places to ask about per passage: where the term stands two words on from each, and as many where it does not; in
     * every other passage only before its first position, so that the positions after its last place are stepped over.
     */
    const placesOf = (key: number) => {
      const at = model.get(key) ?? [7]
      const places = key % 2 === 0 ? [...at.flatMap((p) => [p - 2, p - 1]), 100_000 + key] : [at[0]! - 2, at[0]! - 1]
      return [...new Set(places)].sort((a, b) => a - b)
    }
    const startsFor = (asked: Uint32Array) => {
      const offsets = new Uint32Array(asked.length + 1)
      const places = [...asked].map(placesOf)
      places.forEach((of, i) => (offsets[i + 1] = offsets[i]! + of.length))
      return { ids: asked, offsets, starts: Int32Array.from(places.flat()) }
    }
    const followingMarks = (of: PostingList, asked: Uint32Array) => {
      const found = startsFor(asked)
      const kept = new Uint8Array(found.starts.length)
      of.markFollowing(found, 2, kept)
      return Array.from(found.starts).filter((_, k) => kept[k] === 1)
    }
    const followingInModel = (asked: Uint32Array) => [...asked].flatMap((key) => placesOf(key).filter((place) => model.get(key)?.includes(place + 2)))
    const ids = [...model.keys()]
    expect(Array.from(list.ids)).toEqual(ids)
    const everyOther = Uint32Array.from(ids.flatMap((key, i) => (i % 2 === 0 ? [key, key + 1] : [])))
    for (const asked of [Uint32Array.from(ids), everyOther, Uint32Array.of(ids[250]!, ids.at(-1)!)]) {
      const placed = { owners: new Uint32Array(4), positions: new Int32Array(4) }
      const length = list.positionsIn(asked, placed)
      const seen = new Map<number, number[]>()
      for (let k = 0; k < length; k++) seen.set(asked[placed.owners[k]!]!, [...(seen.get(asked[placed.owners[k]!]!) ?? []), placed.positions[k]!])
      expect(seen).toEqual(new Map([...asked].filter((key) => model.has(key)).map((key) => [key, model.get(key)])))
      expect(followingMarks(list, asked)).toEqual(followingInModel(asked))
    }
  })
})
