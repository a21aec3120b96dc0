import type { DocumentFingerprint } from './fingerprint'
import type { PackedFingerprint } from './packed-fingerprint'
import { SentencePostings } from './sentence-postings'

/** A document as the index holds it: its fingerprint with the sentences' terms turned into packed term ids. */
export interface IndexedDocument {
  id: string
  slot: number
  fingerprint: Omit<DocumentFingerprint, 'sentences'>
  /** start, end and paragraph of each sentence, three numbers per sentence. */
  sentences: Int32Array
  /** Term ids of all sentences one after another; sentence i has those from termStarts[i] to termStarts[i + 1]. */
  termIds: Int32Array
  termStarts: Int32Array
  /** The speaker of each sentence that reports speech without quoting it, by sentence index. */
  reported: Map<number, string>
}

/**
 * Terms in more documents than this are too common to look candidates up by: their postings are long and what
 * shares them shares the corpus's vocabulary, not a passage. They still count when candidates are scored.
 */
const RARE_MIN_FREQUENCY = 16
const RARE_FREQUENCY_SHARE = 0.02
/**
 * A term in more sentences than this is not rare either, however few documents hold it: in a few long documents a
 * common word is in a handful of documents but thousands of sentences, and looking candidates up by it would compare
 * every sentence with every other. Rare terms of a news corpus are in far fewer sentences.
 */
const MAX_CANDIDATE_POSTINGS = 1000
/**
 * A term held by this many times more documents than rare gives up its postings, which are most of the index's
 * memory and never read; they are rebuilt from the documents should the term become rare again.
 */
const DROP_FACTOR = 2

export function sentenceCount(doc: IndexedDocument): number {
  return doc.sentences.length / 3
}

/** Sentences per document a key has room for: a million, more than a 50 MB text holds. */
const SENTENCE_KEYS = 0x100000

/** One number for a sentence of the corpus, for maps keyed by sentence. */
export function sentenceKey(slot: number, sentence: number): number {
  return slot * SENTENCE_KEYS + sentence
}

export function fromSentenceKey(key: number): { slot: number; sentence: number } {
  return { slot: Math.floor(key / SENTENCE_KEYS), sentence: key % SENTENCE_KEYS }
}

/**
 * The corpus as an inverted index from rare terms to the sentences that hold them, with each term's document
 * frequency. A document is added or removed on its own, in time proportional to its length, so an import does not
 * recompute the corpus; everything that depends on the whole corpus is scored when asked for.
 */
export class CorpusIndex {
  readonly #byId = new Map<string, IndexedDocument>()
  readonly #slots: (IndexedDocument | undefined)[] = []
  readonly #vocabulary = new Map<string, number>()
  #frequencies = new Int32Array(1024)
  /** Null for a term too common to keep postings for. */
  readonly #postings: (SentencePostings | null)[] = []
  #generation = 0

  /** Documents in the corpus. */
  get size(): number {
    return this.#byId.size
  }

  /** Changes with every add or remove, so results computed from the corpus can be cached until it changes. */
  get generation(): number {
    return this.#generation
  }

  get(id: string): IndexedDocument | undefined {
    return this.#byId.get(id)
  }

  at(slot: number): IndexedDocument | undefined {
    return this.#slots[slot]
  }

  documents(): IterableIterator<IndexedDocument> {
    return this.#byId.values()
  }

  /** Adds a document, replacing what the index held under the same id. */
  add(id: string, { rest, sentences, terms, termIds: localIds, termStarts, reported }: PackedFingerprint): void {
    this.remove(id)
    const slot = this.#slots.length
    const distinct = Int32Array.from(terms, (term) => this.#termIdFor(term))
    const termIds = localIds.map((local) => distinct[local]!)
    for (const termId of distinct) this.#frequencies[termId]!++
    for (let sentence = 0; sentence + 1 < termStarts.length; sentence++) {
      for (let at = termStarts[sentence]!; at < termStarts[sentence + 1]!; at++) this.#postings[termIds[at]!]?.add(slot, sentence)
    }
    const doc: IndexedDocument = { id, slot, fingerprint: rest, sentences, termIds, termStarts, reported: new Map(reported) }
    this.#slots.push(doc)
    this.#byId.set(id, doc)
    this.#generation++
    const dropAbove = this.#rareLimit() * DROP_FACTOR
    for (const termId of distinct) if (this.frequency(termId) > dropAbove) this.#postings[termId] = null
  }

  remove(id: string): boolean {
    const doc = this.#byId.get(id)
    if (!doc) return false
    for (const termId of new Set(doc.termIds)) {
      this.#frequencies[termId]!--
      this.#postings[termId]?.removeSlot(doc.slot)
    }
    this.#slots[doc.slot] = undefined
    this.#byId.delete(id)
    this.#generation++
    return true
  }

  termId(term: string): number | undefined {
    return this.#vocabulary.get(term)
  }

  /** How many documents hold the term. */
  frequency(termId: number): number {
    return this.#frequencies[termId] ?? 0
  }

  /** Smoothed inverse document frequency: a term every document has still weighs ln 2, a rare one far more. */
  idf(termId: number): number {
    return Math.log(1 + this.size / Math.max(1, this.frequency(termId)))
  }

  /** Whether a term is rare enough to find candidates by (see `RARE_MIN_FREQUENCY` and `MAX_CANDIDATE_POSTINGS`). */
  isRare(termId: number): boolean {
    return this.frequency(termId) <= this.#rareLimit() && (this.#postings[termId]?.size ?? 0) <= MAX_CANDIDATE_POSTINGS
  }

  /** The sentences holding a rare term, or nothing for a common one. */
  postings(termId: number): SentencePostings | undefined {
    if (termId >= this.#postings.length || !this.isRare(termId)) return undefined
    return this.#postings[termId] ?? this.#rebuild(termId)
  }

  #rareLimit(): number {
    return Math.max(RARE_MIN_FREQUENCY, this.size * RARE_FREQUENCY_SHARE)
  }

  #rebuild(termId: number): SentencePostings {
    const list = new SentencePostings()
    for (const doc of this.#slots) {
      if (!doc) continue
      for (let sentence = 0; sentence < sentenceCount(doc); sentence++) {
        if (doc.termIds.subarray(doc.termStarts[sentence], doc.termStarts[sentence + 1]).includes(termId)) list.add(doc.slot, sentence)
      }
    }
    this.#postings[termId] = list
    return list
  }

  #termIdFor(term: string): number {
    let termId = this.#vocabulary.get(term)
    if (termId === undefined) {
      termId = this.#vocabulary.size
      this.#vocabulary.set(term, termId)
      this.#postings.push(new SentencePostings())
      if (termId >= this.#frequencies.length) {
        const grown = new Int32Array(this.#frequencies.length * 2)
        grown.set(this.#frequencies)
        this.#frequencies = grown
      }
    }
    return termId
  }
}
