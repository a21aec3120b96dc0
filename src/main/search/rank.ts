import type { PassageTable } from './passage-table'

/** Slots fit in 20 bits of a ranking key, below the document's score: a million documents added in one session. */
const SLOT_BITS = 2 ** 20
const MAX_COUNT = 2 ** 24 - 1

export interface Ranking {
  /** The candidates of each of the best documents, ascending, the best document first. */
  best: number[][]
  /** How many documents hold a candidate. */
  total: number
}

/**
 * The `limit` best documents of the candidate passages: strongest hit (see `PassageTable.weights`), then most hits,
 * then first indexed. One pass over the candidates counts them per document and touches only typed arrays; each
 * document's score is a single number, of which only the best `limit` are kept in order, and a second pass gathers
 * their candidates. A query typed a letter at a time matches most of a large library at first: sorting every document
 * and chaining every document's candidates took 3 to 4 ms of each such keystroke at 10,000 documents.
 */
export function rank(ids: Uint32Array, passages: PassageTable, slotCount: number, limit: number): Ranking {
  const { slots, weights } = passages
  const counts = new Uint32Array(slotCount)
  const strongest = new Uint8Array(slotCount)
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!
    const slot = slots[id]!
    counts[slot]!++
    if (weights[id]! > strongest[slot]!) strongest[slot] = weights[id]!
  }
  const keys = new Float64Array(slotCount)
  let total = 0
  for (let slot = 0; slot < slotCount; slot++) {
    const count = counts[slot]!
    if (count > 0) keys[total++] = (strongest[slot]! * (MAX_COUNT + 1) + Math.min(count, MAX_COUNT)) * SLOT_BITS + (SLOT_BITS - 1 - slot)
  }
  const top = largest(keys.subarray(0, total), limit)
  const place = new Int32Array(slotCount).fill(-1)
  const best = Array.from(top, (key, at) => {
    place[SLOT_BITS - 1 - (key % SLOT_BITS)] = at
    return [] as number[]
  })
  for (let i = 0; i < ids.length; i++) {
    const at = place[slots[ids[i]!]!]!
    if (at >= 0) best[at]!.push(ids[i]!)
  }
  return { best, total }
}

/**
 * The `k` largest of `keys`, largest first. The best met so far sit in a min-heap, so most keys cost one comparison
 * with the least of them and a key that enters costs log k.
 */
function largest(keys: Float64Array, k: number): Float64Array {
  const heap = new Float64Array(Math.min(k, keys.length))
  let size = 0
  for (const key of keys) {
    if (size < heap.length) {
      let at = size++
      for (let up = (at - 1) >> 1; at > 0 && heap[up]! > key; at = up, up = (at - 1) >> 1) heap[at] = heap[up]!
      heap[at] = key
    } else if (key > heap[0]!) {
      let at = 0
      for (;;) {
        const child = 2 * at + 1
        const smaller = child + 1 < size && heap[child + 1]! < heap[child]! ? child + 1 : child
        if (child >= size || heap[smaller]! >= key) break
        heap[at] = heap[smaller]!
        at = smaller
      }
      heap[at] = key
    }
  }
  return heap.sort().reverse()
}
