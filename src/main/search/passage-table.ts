import { foldText, type HitKind } from '../../shared/search'
import type { Passage } from './indexed-passages'

/** Folded passage texts kept: typing a query checks much the same candidate passages at every keystroke. */
const FOLDED_KEPT = 8_192

/** How strongly a hit speaks for its document: a title names it, and the reader chose what they annotated. */
const WEIGHT: Record<HitKind, number> = { title: 3, outlet: 2, highlight: 2, note: 2, tag: 2, text: 1 }

/**
 * Every passage by id. Ids are handed out in increasing order and never reused. Beside the objects, each passage's
 * document slot and weight sit in typed arrays, so ranking a hundred thousand candidates touches no object.
 */
export class PassageTable {
  readonly #passages: (Passage | undefined)[] = []
  #slots = new Uint32Array(1024)
  #weights = new Uint8Array(1024)
  readonly #folded = new Map<number, string>()

  /** Per passage id, the slot of its document. */
  get slots(): Uint32Array {
    return this.#slots
  }

  /** Per passage id, the weight of its kind. */
  get weights(): Uint8Array {
    return this.#weights
  }

  at(id: number): Passage | undefined {
    return this.#passages[id]
  }

  /** A passage's text as it was indexed. */
  text(id: number): string {
    const passage = this.#passages[id]
    if (!passage) return ''
    if (passage.kind !== 'text') return passage.text
    return passage.doc.text?.toString('utf8', passage.byteStart, passage.byteEnd) ?? ''
  }

  /** A passage's text folded for matching (`foldText`), from the most recently used when it is there. */
  folded(id: number): string {
    let folded = this.#folded.get(id)
    if (folded === undefined) folded = foldText(this.text(id))
    else this.#folded.delete(id)
    this.#folded.set(id, folded)
    if (this.#folded.size > FOLDED_KEPT) this.#folded.delete(this.#folded.keys().next().value!)
    return folded
  }

  add(passage: Passage): number {
    const id = this.#passages.length
    this.#passages.push(passage)
    if (id >= this.#slots.length) {
      this.#slots = grown(this.#slots, new Uint32Array(this.#slots.length * 2))
      this.#weights = grown(this.#weights, new Uint8Array(this.#weights.length * 2))
    }
    this.#slots[id] = passage.doc.slot
    this.#weights[id] = WEIGHT[passage.kind]
    return id
  }

  remove(id: number): void {
    this.#passages[id] = undefined
    this.#folded.delete(id)
  }
}

function grown<T extends Uint32Array | Uint8Array>(from: T, to: T): T {
  to.set(from)
  return to
}
