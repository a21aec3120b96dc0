import SearchableMap from 'minisearch/SearchableMap'
import { PostingList } from './posting-list'

/**
 * The commonest words of English text (in the benchmark library "the" alone is one word in fifteen). A phrase that
 * holds one is decided by the lists of the pairs it begins, not by the common word's positions.
 */
const COMMON = new Set(['the', 'of', 'to', 'a', 'and', 'in'])

/**
 * Per pair of a common word and the word after it ("the release"), the passages that hold the pair, and where (at the
 * common word). A phrase such as "of the hostages" then reads the lists of "of the" and "the hostages", a few thousand
 * passages each, where the positions of "of" and "the" in the hundred thousand passages that hold both would be read.
 * The pairs sit in a radix tree under "common next", so that a pair whose second word is being typed is a prefix, and
 * in a hash map for the exact look-ups, one for each pair of every passage added (through the tree, they took an
 * eighth of the index build, in a library of 50,000 distinct words).
 */
export class NextWordLists {
  readonly #tree = new SearchableMap<PostingList>()
  readonly #exact = new Map<string, PostingList>()

  static isCommon(term: string): boolean {
    return COMMON.has(term)
  }

  get lists(): IterableIterator<PostingList> {
    return this.#exact.values()
  }

  /** Records a passage's pairs, as `TermIndex.add` records its words; returns the postings added. */
  add(id: number, terms: readonly string[]): number {
    let places: Map<string, number[]> | null = null
    for (let at = 0; at + 1 < terms.length; at++) {
      if (!COMMON.has(terms[at]!)) continue
      places ??= new Map()
      const pair = `${terms[at]} ${terms[at + 1]}`
      const known = places.get(pair)
      if (known) known.push(at)
      else places.set(pair, [at])
    }
    if (!places) return 0
    for (const [pair, at] of places) {
      let list = this.#exact.get(pair)
      // A pair's list takes no slot in the term index's arrays.
      if (!list) {
        list = new PostingList(-1)
        this.#exact.set(pair, list)
        this.#tree.set(pair, list)
      }
      list.add(id, at)
    }
    return places.size
  }

  /** Forgets the passages from `from` up to `to` (excluded), given every word they were added with; returns the postings removed. */
  removeRange(from: number, to: number, terms: Iterable<string>): number {
    let removed = 0
    for (const term of terms) {
      if (!COMMON.has(term)) continue
      for (const [pair, list] of [...this.#tree.atPrefix(`${term} `)]) {
        removed += list.deleteRange(from, to)
        if (list.length > 0) continue
        this.#tree.delete(pair)
        this.#exact.delete(pair)
      }
    }
    return removed
  }

  /** The lists of the pairs of `common` and each of `next` (exact words), or of every word `prefix` begins. */
  after(common: string, next: { terms: readonly string[] } | { prefix: string }): PostingList[] {
    if ('prefix' in next) return [...this.#tree.atPrefix(`${common} ${next.prefix}`).values()]
    return next.terms.flatMap((term) => this.#exact.get(`${common} ${term}`) ?? [])
  }
}
