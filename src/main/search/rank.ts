import type { PassageTable } from './passage-table'

/** Slots fit in 20 bits of a ranking key, below the document's score: a million documents added in one session. */
const SLOT_BITS = 2 ** 20
const MAX_COUNT = 2 ** 24 - 1

export interface Ranking {
  /** Document slots, best first. */
  order: number[]
  /** A document's candidates, ascending. */
  idsOf: (slot: number) => number[]
}

/**
 * The documents of the candidate passages, best first: strongest hit (see `PassageTable.weights`), then most hits,
 * then first indexed. One pass over the candidates touches only typed arrays, and each document is sorted as a single
 * number, which a typed array sorts natively. A document's candidates lie in a few runs of consecutive ids (its text,
 * then its annotations), which the pass chains per document instead of copying them.
 */
export function rank(ids: Uint32Array, passages: PassageTable, slotCount: number): Ranking {
  const { slots, weights } = passages
  const counts = new Uint32Array(slotCount)
  const best = new Uint8Array(slotCount)
  const lastRun = new Int32Array(slotCount).fill(-1)
  /** Triples: first index into `ids`, index past the last, previous run of the same document (or -1). */
  const runs: number[] = []
  let runSlot = -1
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!
    const slot = slots[id]!
    counts[slot]!++
    if (weights[id]! > best[slot]!) best[slot] = weights[id]!
    if (slot !== runSlot) {
      if (runSlot !== -1) runs[runs.length - 2] = i
      lastRun[slot] = runs.push(i, ids.length, lastRun[slot]!) - 3
      runSlot = slot
    }
  }
  const keys = new Float64Array(slotCount)
  let length = 0
  for (let slot = 0; slot < slotCount; slot++) {
    const count = counts[slot]!
    if (count > 0) keys[length++] = (best[slot]! * (MAX_COUNT + 1) + Math.min(count, MAX_COUNT)) * SLOT_BITS + (SLOT_BITS - 1 - slot)
  }
  const sorted = keys.subarray(0, length).sort()
  const order = Array.from({ length }, (_, i) => SLOT_BITS - 1 - (sorted[length - 1 - i]! % SLOT_BITS))
  const idsOf = (slot: number) => {
    const parts: Uint32Array[] = []
    for (let run = lastRun[slot]!; run !== -1; run = runs[run + 2]!) parts.unshift(ids.subarray(runs[run]!, runs[run + 1]!))
    return parts.flatMap((part) => Array.from(part))
  }
  return { order, idsOf }
}
