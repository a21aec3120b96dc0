/**
 * The texts read last, decoded, by hash, within a budget of UTF-16 units; the one asked for last is always kept. A text
 * never changes under its hash, so a kept one is never stale; reads of one text at the same time share one read.
 */
export class RecentTexts {
  readonly #budget: number
  /** Least recently asked for first; a length is 0 until its read is done. */
  readonly #entries = new Map<string, { text: Promise<string>; length: number }>()
  /** The lengths of the entries kept, added up, so that a read costs no walk over all of them. */
  #units = 0

  constructor(budget: number) {
    this.#budget = budget
  }

  async get(hash: string, read: () => Promise<string>): Promise<string> {
    const entry = this.#entries.get(hash) ?? { text: read(), length: 0 }
    this.#entries.delete(hash)
    this.#entries.set(hash, entry)
    try {
      const text = await entry.text
      // An entry let go of while it was being read is not counted: it is no longer kept.
      if (entry.length === 0 && this.#entries.get(hash) === entry) {
        entry.length = text.length
        this.#units += text.length
      }
      this.#trim(hash)
      return text
    } catch (error) {
      if (this.#entries.get(hash) === entry) this.#entries.delete(hash)
      throw error
    }
  }

  /** Lets go of the least recently asked for until the rest fit the budget, never of `keep`. */
  #trim(keep: string): void {
    for (const [hash, entry] of this.#entries) {
      if (this.#units <= this.#budget) return
      if (hash === keep) continue
      this.#entries.delete(hash)
      this.#units -= entry.length
    }
  }
}
