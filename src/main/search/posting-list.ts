/**
 * Lists up to this long stay plain arrays: most words of a real library occur in a handful of passages, and a typed
 * array costs about a hundred bytes before its first id.
 */
const SMALL = 16

/**
 * The ids of the passages that hold one term, ascending. Passage ids are handed out in increasing order, so adding a
 * passage appends to each list it joins; long lists are kept in a typed array at four bytes an id.
 */
export class PostingList {
  #ids: number[] | Uint32Array = []
  #length = 0

  get length(): number {
    return this.#length
  }

  /** The highest id, or -1 when the list is empty. */
  get last(): number {
    return this.#length > 0 ? this.#ids[this.#length - 1]! : -1
  }

  /** The ids, ascending: a view that the next change to the list may invalidate. */
  get ids(): ArrayLike<number> {
    return Array.isArray(this.#ids) ? this.#ids : this.#ids.subarray(0, this.#length)
  }

  add(id: number): void {
    if (this.last >= id) throw new Error(`Passage ${id} was added out of order.`)
    if (Array.isArray(this.#ids)) {
      this.#ids.push(id)
      if (this.#ids.length > SMALL) this.#ids = grown(Uint32Array.from(this.#ids), this.#ids.length * 2)
    } else {
      if (this.#length === this.#ids.length) this.#ids = grown(this.#ids, this.#length * 2)
      this.#ids[this.#length] = id
    }
    this.#length++
  }

  /** Removes the ids from `from` up to `to` (excluded); returns how many there were. */
  deleteRange(from: number, to: number): number {
    const lo = lowerBound(this.ids, from)
    const hi = lowerBound(this.ids, to)
    if (Array.isArray(this.#ids)) this.#ids.splice(lo, hi - lo)
    else this.#ids.copyWithin(lo, hi, this.#length)
    this.#length -= hi - lo
    return hi - lo
  }

  /** Gives back the room kept for growth, once a bulk of additions is over. */
  trim(): void {
    if (!Array.isArray(this.#ids) && this.#ids.length > this.#length) this.#ids = this.#ids.slice(0, this.#length)
  }

  has(id: number): boolean {
    return this.ids[lowerBound(this.ids, id)] === id
  }
}

function grown(ids: Uint32Array, capacity: number): Uint32Array {
  const bigger = new Uint32Array(capacity)
  bigger.set(ids)
  return bigger
}

/** The first index of ascending `ids` whose id is not below `id` (binary search). */
function lowerBound(ids: ArrayLike<number>, id: number): number {
  let lo = 0
  let hi = ids.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (ids[mid]! < id) lo = mid + 1
    else hi = mid
  }
  return lo
}
