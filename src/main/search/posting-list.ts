import type { Starts } from './adjacent-words'

/**
 * Lists up to this long stay plain arrays: most words of a real library occur in a handful of passages, and a typed
 * array costs about a hundred bytes before its first id.
 */
const SMALL = 16

/** Postings between two entry points into the positions, where reading may begin without reading from the start. */
const STRIDE = 64

/**
 * The ids of the passages that hold one term, ascending, and where the term stands in each: its positions, counted in
 * words from the passage's start, so that the index alone says whether words follow one another. Passage ids are
 * handed out in increasing order, so adding a passage appends to each list it joins; long lists are kept in a typed
 * array at four bytes an id. The positions take a byte or two each: per posting, their number, then each as the gap
 * from the one before, in variable-length bytes (seven bits a byte, the high bit set on all but the last).
 */
export class PostingList {
  #ids: number[] | Uint32Array = []
  #length = 0
  #last = -1
  #bytes: Uint8Array = new Uint8Array(8)
  #byteLength = 0
  /** Pairs of a posting's index and where its positions begin, one every `STRIDE` postings or so (none at 0, where reading may always begin). */
  #entries: number[] = []

  /** @param slot A number of its own among the lists of its index, for arrays indexed by list. */
  constructor(readonly slot: number) {}

  get length(): number {
    return this.#length
  }

  /** The highest id, or -1 when the list is empty. */
  get last(): number {
    return this.#last
  }

  /** The ids, ascending: a view that the next change to the list may invalidate. */
  get ids(): ArrayLike<number> {
    return Array.isArray(this.#ids) ? this.#ids : this.#ids.subarray(0, this.#length)
  }

  /** Bytes the positions take. */
  get positionBytes(): number {
    return this.#byteLength
  }

  /** Adds a passage above every one in the list, with the term's positions in it, ascending. */
  add(id: number, positions: readonly number[]): void {
    if (this.last >= id) throw new Error(`Passage ${id} was added out of order.`)
    if (Array.isArray(this.#ids)) {
      this.#ids.push(id)
      if (this.#ids.length > SMALL) this.#ids = grown(Uint32Array.from(this.#ids), this.#ids.length * 2)
    } else {
      if (this.#length === this.#ids.length) this.#ids = grown(this.#ids, this.#length * 2)
      this.#ids[this.#length] = id
    }
    const entries = this.#entries
    if (this.#length - (entries.length > 0 ? entries[entries.length - 2]! : 0) >= STRIDE) entries.push(this.#length, this.#byteLength)
    this.#length++
    this.#last = id
    const most = 5 * (positions.length + 1)
    if (this.#byteLength + most > this.#bytes.length) this.#bytes = grownBytes(this.#bytes, Math.max(this.#bytes.length * 2, this.#byteLength + most))
    this.#write(positions.length)
    for (let i = 0; i < positions.length; i++) this.#write(i === 0 ? positions[0]! : positions[i]! - positions[i - 1]!)
  }

  /** Removes the ids from `from` up to `to` (excluded), with their positions; returns how many there were. */
  deleteRange(from: number, to: number): number {
    const lo = lowerBound(this.ids, from, 0)
    const hi = lowerBound(this.ids, to, lo)
    if (hi === lo) return 0
    const byteLo = this.#offset(lo)
    const byteHi = this.#offset(hi)
    if (Array.isArray(this.#ids)) this.#ids.splice(lo, hi - lo)
    else this.#ids.copyWithin(lo, hi, this.#length)
    this.#bytes.copyWithin(byteLo, byteHi, this.#byteLength)
    this.#length -= hi - lo
    this.#last = this.#length > 0 ? this.#ids[this.#length - 1]! : -1
    this.#byteLength -= byteHi - byteLo
    const [before, after] = [[] as number[], [] as number[]]
    for (let i = 0; i < this.#entries.length; i += 2) {
      const [index, byte] = [this.#entries[i]!, this.#entries[i + 1]!]
      if (index < lo) before.push(index, byte)
      else if (index >= hi) after.push(index - (hi - lo), byte - (byteHi - byteLo))
    }
    // Where entries fell in the run, one where the run was keeps the gaps between them as short as they were.
    const dropped = before.length + after.length < this.#entries.length
    const bridge = dropped && lo > 0 && lo < this.#length && after[0] !== lo ? [lo, byteLo] : []
    this.#entries = [...before, ...bridge, ...after]
    return hi - lo
  }

  /** Gives back the room kept for growth, once a bulk of additions is over. */
  trim(): void {
    if (!Array.isArray(this.#ids) && this.#ids.length > this.#length) this.#ids = this.#ids.slice(0, this.#length)
    if (this.#bytes.length > this.#byteLength) this.#bytes = this.#bytes.slice(0, this.#byteLength)
  }

  has(id: number): boolean {
    const ids = this.ids
    return ids[lowerBound(ids, id, 0)] === id
  }

  /**
   * The term's positions in the passages of `ids` (ascending) that the list holds, as pairs of the passage's index in
   * `ids` and a position, in order, written over `into` (grown as needed); returns how many.
   */
  positionsIn(ids: Uint32Array, into: Placed): number {
    let length = 0
    this.#readAt(ids, (asked, count, reader) => {
      if (length + count > into.positions.length) grow(into, length + count)
      const { owners, positions } = into
      let position = 0
      for (let i = 0; i < count; i++) {
        position += reader.next()
        owners[length] = asked
        positions[length++] = position
      }
    })
    return length
  }

  /**
   * Marks in `kept` each place of `found` where the term stands `at` words on from it. Each position is read once,
   * beside the places of its passage, and none is written out: a phrase's second word is most often a prefix that
   * stands for many terms, some in most passages, whose positions are read only to be compared.
   */
  markFollowing({ ids, offsets, starts }: Starts, at: number, kept: Uint8Array): void {
    this.#readAt(ids, (asked, count, reader) => {
      let k = offsets[asked]!
      const end = offsets[asked + 1]!
      let position = 0
      let i = 0
      for (; i < count && k < end; i++) {
        position += reader.next()
        const start = position - at
        while (k < end && starts[k]! < start) k++
        if (k < end && starts[k] === start) kept[k] = 1
      }
      // Past the passage's last place, the rest of its positions are stepped over, not added up.
      reader.pass(count - i)
    })
  }

  /**
   * Calls `read` on each passage of `ids` (ascending) that the list holds, with its index in `ids`, the number of its
   * positions, and the reader at the first of them, which `read` reads to the last. The shorter of the two drives: a
   * long list is entered at the entry point before each passage asked about, a short one is read through.
   */
  #readAt(ids: Uint32Array, read: (asked: number, count: number, reader: NumberReader) => void): void {
    const own = Array.isArray(this.#ids) ? Uint32Array.from(this.#ids) : this.#ids.subarray(0, this.#length)
    const entries = this.#entries
    const sparse = own.length > ids.length
    const reader = new NumberReader(this.#bytes, 0)
    let at = 0
    let asked = 0
    while (at < own.length && asked < ids.length) {
      if (sparse) {
        const found = gallop(own, ids[asked]!, at)
        if (found === own.length) break
        // An entry point is looked for only past a stride: nearer, skipping the postings between is cheaper.
        const entry = found - at > STRIDE ? this.#entryAt(found) : -1
        if (entry >= 0 && entries[entry]! > at) {
          at = entries[entry]!
          reader.at = entries[entry + 1]!
        }
        for (; at < found; at++) reader.pass(reader.next())
      }
      asked = gallop(ids, own[at]!, asked)
      if (ids[asked] === own[at]) read(asked, reader.next(), reader)
      else reader.pass(reader.next())
      at++
    }
  }

  /** Where the positions of the posting at `index` begin. */
  #offset(index: number): number {
    const entry = this.#entryAt(index)
    let at = entry >= 0 ? this.#entries[entry]! : 0
    const reader = new NumberReader(this.#bytes, entry >= 0 ? this.#entries[entry + 1]! : 0)
    for (; at < index; at++) reader.pass(reader.next())
    return reader.at
  }

  /** Where in `#entries` the last entry point at or before the posting at `index` is; -1 when there is none. */
  #entryAt(index: number): number {
    const entries = this.#entries
    let lo = 0
    let hi = entries.length / 2
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (entries[mid * 2]! <= index) lo = mid + 1
      else hi = mid
    }
    return lo * 2 - 2
  }

  /** Writes a number in variable-length bytes, in the room `add` made. */
  #write(value: number): void {
    for (; value >= 0x80; value >>>= 7) this.#bytes[this.#byteLength++] = (value & 0x7f) | 0x80
    this.#bytes[this.#byteLength++] = value
  }
}

/** Reads a list's variable-length numbers one after another, from `at` on. */
class NumberReader {
  constructor(
    readonly bytes: Uint8Array,
    public at: number
  ) {}

  next(): number {
    let value = 0
    for (let shift = 0; ; shift += 7) {
      const b = this.bytes[this.at++]!
      value |= (b & 0x7f) << shift
      if (b < 0x80) return value
    }
  }

  /** Steps over `count` numbers without adding them up. */
  pass(count: number): void {
    for (let i = 0; i < count; i++) while (this.bytes[this.at++]! >= 0x80);
  }
}

function grown(ids: Uint32Array, capacity: number): Uint32Array {
  const bigger = new Uint32Array(capacity)
  bigger.set(ids)
  return bigger
}

function grownBytes(bytes: Uint8Array, capacity: number): Uint8Array {
  const bigger = new Uint8Array(capacity)
  bigger.set(bytes)
  return bigger
}

/** Positions in passages: the `i`th in the passage `owners[i]` (an index into the passages asked about) at `positions[i]`. */
export interface Placed {
  owners: Uint32Array
  positions: Int32Array
}

function grow(placed: Placed, least: number): void {
  const size = Math.max(least, placed.positions.length * 2)
  const owners = new Uint32Array(size)
  const positions = new Int32Array(size)
  owners.set(placed.owners)
  positions.set(placed.positions)
  Object.assign(placed, { owners, positions })
}

/** The first index from `from` of ascending `ids` whose id is not below `id`: by steps that double, then by halves. */
function gallop(ids: Uint32Array, id: number, from: number): number {
  let step = 1
  let lo = from
  while (lo + step < ids.length && ids[lo + step]! < id) {
    lo += step
    step *= 2
  }
  return ids[lo]! >= id ? lo : lowerBound(ids, id, lo + 1, Math.min(ids.length, lo + step + 1))
}

/** The first index from `from` of ascending `ids` whose id is not below `id` (binary search). */
function lowerBound(ids: ArrayLike<number>, id: number, from: number, to = ids.length): number {
  let lo = from
  let hi = to
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (ids[mid]! < id) lo = mid + 1
    else hi = mid
  }
  return lo
}

