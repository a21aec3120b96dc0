import { describe, expect, it } from 'vitest'
import { PostingList } from '../../../../src/main/search/posting-list'

describe('PostingList', () => {
  it('keeps ids ascending past the switch to a typed array, and deletes a run of them', () => {
    const list = new PostingList()
    for (let id = 0; id < 40; id += 2) list.add(id)
    expect(() => list.add(10)).toThrow(/out of order/)
    expect(list.deleteRange(9, 15)).toBe(3)
    expect(list.deleteRange(15, 16)).toBe(0)
    expect(Array.from(list.ids)).toEqual(Array.from({ length: 20 }, (_, i) => i * 2).filter((id) => id < 9 || id >= 15))
    expect([list.has(16), list.has(10), list.last]).toEqual([true, false, 38])
    const small = new PostingList()
    for (const id of [1, 2, 3, 7]) small.add(id)
    small.deleteRange(2, 4)
    expect(Array.from(small.ids)).toEqual([1, 7])
  })
})
