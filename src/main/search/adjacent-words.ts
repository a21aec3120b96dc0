import type { Placed, PostingList } from './posting-list'

/** Candidate passages, and per passage (`offsets[i]` up to `offsets[i + 1]`) the places where the phrase may begin. */
export interface Starts {
  ids: Uint32Array
  offsets: Uint32Array
  starts: Int32Array
}

/** A word of a phrase: the lists of the terms it stands for (one for a word, several for a prefix or a typo), and its place in the phrase. */
export interface PlacedWord {
  lists: readonly PostingList[]
  at: number
}

interface Word extends PlacedWord {
  size: number
}

/**
 * The candidates in which the words stand at their places, with the places where the phrase begins in each. The word in
 * the fewest passages gives the places where the phrase may begin; each other word, from the rarer to the commoner,
 * keeps the places that have it at its distance from the beginning, and the passages that keep some. Each list is
 * read once, in order, and only where a candidate is left.
 */
export function whereWordsFollow(candidates: Uint32Array, words: readonly PlacedWord[]): Starts {
  const [rarest, ...rest] = bySize(words)
  return keptByAll(startsOf(candidates, rarest!), rest)
}

/** The places of `found` where each word also stands at its place in the phrase, and the passages that keep some. */
export function keptWhere(found: Starts, words: readonly PlacedWord[]): Starts {
  return keptByAll(found, bySize(words))
}

function keptByAll(found: Starts, ordered: readonly Word[]): Starts {
  for (const word of ordered) {
    if (found.ids.length === 0) break
    found = keptBy(found, word)
  }
  return found
}

function bySize(words: readonly PlacedWord[]): Word[] {
  return words.map((word) => ({ ...word, size: word.lists.reduce((sum, list) => sum + list.length, 0) })).sort((a, b) => a.size - b.size)
}

/** Where the phrase may begin in each candidate: wherever the word stands, less its place in the phrase. */
function startsOf(ids: Uint32Array, word: Word): Starts {
  const placed: Placed = { owners: new Uint32Array(1024), positions: new Int32Array(1024) }
  const offsets = new Uint32Array(ids.length + 1)
  const owners: Uint32Array[] = []
  const places: Int32Array[] = []
  for (const list of word.lists) {
    const length = list.positionsIn(ids, placed)
    owners.push(placed.owners.slice(0, length))
    places.push(placed.positions.slice(0, length))
    for (let k = 0; k < length; k++) offsets[placed.owners[k]! + 1] = offsets[placed.owners[k]! + 1]! + 1
  }
  for (let i = 0; i < ids.length; i++) offsets[i + 1] = offsets[i + 1]! + offsets[i]!
  const starts = new Int32Array(offsets[ids.length]!)
  const filled = offsets.slice(0, ids.length)
  owners.forEach((of, list) => {
    for (let k = 0; k < of.length; k++) starts[filled[of[k]!]!++] = places[list]![k]! - word.at
  })
  // From several lists, a passage's places come list by list; sorted, they can be read beside the next word's.
  if (word.lists.length > 1) for (let i = 0; i < ids.length; i++) sortRange(starts, offsets[i]!, offsets[i + 1]!)
  return { ids, offsets, starts }
}

/** Sorts `values` from `from` up to `to` in place: a few places, as most passages have, by insertion, with no view made. */
function sortRange(values: Int32Array, from: number, to: number): void {
  if (to - from > 32) {
    values.subarray(from, to).sort()
    return
  }
  for (let i = from + 1; i < to; i++) {
    const value = values[i]!
    let j = i - 1
    for (; j >= from && values[j]! > value; j--) values[j + 1] = values[j]!
    values[j + 1] = value
  }
}

/** The places where the word stands at its distance from the beginning, and the passages that keep at least one. */
function keptBy(found: Starts, word: Word): Starts {
  const { ids, offsets, starts } = found
  const kept = new Uint8Array(starts.length)
  for (const list of word.lists) list.markFollowing(found, word.at, kept)
  const next: Starts = { ids: new Uint32Array(ids.length), offsets: new Uint32Array(ids.length + 1), starts: new Int32Array(starts.length) }
  let passages = 0
  let places = 0
  for (let i = 0; i < ids.length; i++) {
    const before = places
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) if (kept[k]) next.starts[places++] = starts[k]!
    if (places > before) {
      next.ids[passages++] = ids[i]!
      next.offsets[passages] = places
    }
  }
  return { ids: next.ids.subarray(0, passages), offsets: next.offsets.subarray(0, passages + 1), starts: next.starts.subarray(0, places) }
}
