/**
 * The (document slot, sentence) pairs a term occurs in, packed in one growable Int32Array: a corpus of 10,000
 * documents has millions of them, and plain arrays of objects would cost ten times the memory.
 */
export class SentencePostings {
  #pairs = new Int32Array(8)
  #length = 0

  get size(): number {
    return this.#length / 2
  }

  add(slot: number, sentence: number): void {
    if (this.#length + 2 > this.#pairs.length) {
      const grown = new Int32Array(this.#pairs.length * 2)
      grown.set(this.#pairs)
      this.#pairs = grown
    }
    this.#pairs[this.#length++] = slot
    this.#pairs[this.#length++] = sentence
  }

  /** Drops every pair of `slot`, keeping the order of the rest. */
  removeSlot(slot: number): void {
    let kept = 0
    for (let at = 0; at < this.#length; at += 2) {
      if (this.#pairs[at] === slot) continue
      this.#pairs[kept++] = this.#pairs[at]!
      this.#pairs[kept++] = this.#pairs[at + 1]!
    }
    this.#length = kept
  }

  forEach(visit: (slot: number, sentence: number) => void): void {
    for (let at = 0; at < this.#length; at += 2) visit(this.#pairs[at]!, this.#pairs[at + 1]!)
  }
}
