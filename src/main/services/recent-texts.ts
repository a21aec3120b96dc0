/**
 * The texts read last, decoded, by hash, within a budget of UTF-16 units; the one asked for last is always kept. A text
 * never changes under its hash, so a kept one is never stale; reads of one text at the same time share one read.
 */
export class RecentTexts {
  readonly #budget: number
  /** Least recently asked for first; a length is 0 until its read is done. */
  readonly #entries = new Map<string, { text: Promise<string>; length: number }>()

  constructor(budget: number) {
    this.#budget = budget
  }

  async get(hash: string, read: () => Promise<string>): Promise<string> {
    const entry = this.#entries.get(hash) ?? { text: read(), length: 0 }
    this.#entries.delete(hash)
    this.#entries.set(hash, entry)
    try {
      const text = await entry.text
      entry.length = text.length
      this.#trim(hash)
      return text
    } catch (error) {
      if (this.#entries.get(hash) === entry) this.#entries.delete(hash)
      throw error
    }
  }

  #trim(keep: string): void {
    let kept = 0
    for (const [hash, entry] of [...this.#entries].reverse()) {
      kept += entry.length
      if (hash !== keep && kept > this.#budget) this.#entries.delete(hash)
    }
  }
}
