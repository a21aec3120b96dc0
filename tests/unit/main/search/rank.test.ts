import { describe, expect, it } from 'vitest'
import type { PassageTable } from '../../../../src/main/search/passage-table'
import { rank } from '../../../../src/main/search/rank'

/** A passage table as ranking reads it: each passage's document slot and weight. */
const table = (slots: number[], weights: number[]) => ({ slots: Uint32Array.from(slots), weights: Uint8Array.from(weights) }) as PassageTable

describe('rank', () => {
  it('puts the document with the strongest hit first, then those with most hits, the first indexed first, and counts them all', () => {
    const passages = table([0, 0, 1, 1, 1, 2, 2, 3, 3, 3], [1, 1, 1, 1, 1, 3, 1, 1, 1, 1])
    const ids = Uint32Array.from({ length: 10 }, (_, i) => i)
    expect(rank(ids, passages, 4, 3)).toEqual({ best: [[5, 6], [2, 3, 4], [7, 8, 9]], total: 4 })
    expect(rank(Uint32Array.of(1, 8), passages, 4, 20)).toEqual({ best: [[1], [8]], total: 2 })
  })

  it('keeps, of thousands of documents, the same best ones in the same order as sorting them all would', () => {
    let seed = 11
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const slots: number[] = []
    const weights: number[] = []
    for (let slot = 0; slot < 5000; slot++) {
      for (let n = 1 + Math.floor(next() * 6); n > 0; n--) {
        slots.push(slot)
        weights.push(next() < 0.05 ? 3 : next() < 0.1 ? 2 : 1)
      }
    }
    const ids = Uint32Array.from(slots.keys()).filter(() => next() < 0.4)
    const byDocument = new Map<number, number[]>()
    for (const id of ids) byDocument.set(slots[id]!, [...(byDocument.get(slots[id]!) ?? []), id])
    const strongest = (of: number[]) => Math.max(...of.map((id) => weights[id]!))
    const sorted = [...byDocument].sort(([a, of], [b, other]) => strongest(other) - strongest(of) || other.length - of.length || a - b)
    for (const limit of [1, 20, 200]) {
      expect(rank(ids, table(slots, weights), 5000, limit)).toEqual({ best: sorted.slice(0, limit).map(([, of]) => of), total: byDocument.size })
    }
  })
})
