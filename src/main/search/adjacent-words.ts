import type { PostingList } from './posting-list'

/** Candidate passages, and per passage (`offsets[i]` up to `offsets[i + 1]`) the places where the phrase may begin. */
interface Starts {
  ids: Uint32Array
  offsets: Uint32Array
  starts: Int32Array
}

interface Word {
  lists: readonly PostingList[]
  /** Its place in the phrase. */
  at: number
  size: number
}

/**
 * The candidates in which the words follow one another, each word given as the lists of the terms it stands for (one
 * for a word, several for a prefix or a typo). The word in the fewest passages gives the places where the phrase may
 * begin; each other word, from the rarer to the commoner, keeps the places that have it at its distance from the
 * beginning, and the passages that keep some. Each list is read once, in order, and only where a candidate is left.
 */
export function whereWordsFollow(candidates: Uint32Array, words: readonly (readonly PostingList[])[]): Uint32Array {
  const ordered: Word[] = words.map((lists, at) => ({ lists, at, size: lists.reduce((sum, list) => sum + list.length, 0) }))
  ordered.sort((a, b) => a.size - b.size)
  let found = startsOf(candidates, ordered[0]!)
  for (const word of ordered.slice(1)) {
    if (found.ids.length === 0) break
    found = keptBy(found, word)
  }
  return found.ids
}

/** Where the phrase may begin in each candidate: wherever the word stands, less its place in the phrase. */
function startsOf(ids: Uint32Array, word: Word): Starts {
  const offsets = new Uint32Array(ids.length + 1)
  let owners = new Uint32Array(1024)
  let places = new Int32Array(1024)
  let length = 0
  for (const list of word.lists) {
    list.forEachIn(ids, (index, positions, count) => {
      if (length + count > places.length) [owners, places] = [grown(owners, length + count), grown(places, length + count)]
      for (let p = 0; p < count; p++) {
        owners[length] = index
        places[length++] = positions[p]! - word.at
      }
      offsets[index + 1] = offsets[index + 1]! + count
    })
  }
  for (let i = 0; i < ids.length; i++) offsets[i + 1] = offsets[i + 1]! + offsets[i]!
  // One list gives the places passage by passage, in order; several give them list by list, to be put in order.
  if (word.lists.length === 1) return { ids, offsets, starts: places.subarray(0, length) }
  const starts = new Int32Array(length)
  const filled = offsets.slice(0, ids.length)
  for (let k = 0; k < length; k++) starts[filled[owners[k]!]!++] = places[k]!
  for (let i = 0; i < ids.length; i++) starts.subarray(offsets[i]!, offsets[i + 1]!).sort()
  return { ids, offsets, starts }
}

function grown<T extends Uint32Array | Int32Array>(from: T, least: number): T {
  const to = new (from.constructor as new (length: number) => T)(Math.max(least, from.length * 2))
  to.set(from)
  return to
}

/** The places where the word stands at its distance from the beginning, and the passages that keep at least one. */
function keptBy({ ids, offsets, starts }: Starts, word: Word): Starts {
  const kept = new Uint8Array(starts.length)
  for (const list of word.lists) {
    list.forEachIn(ids, (i, positions, count) => {
      const end = offsets[i + 1]!
      let k = offsets[i]!
      for (let p = 0; p < count && k < end; p++) {
        const start = positions[p]! - word.at
        while (k < end && starts[k]! < start) k++
        if (starts[k] === start && k < end) kept[k] = 1
      }
    })
  }
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
