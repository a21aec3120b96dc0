import { keptWhere, whereWordsFollow, type PlacedWord, type Starts } from './adjacent-words'
import type { PostingList } from './posting-list'

/** A phrase's words as the index reads them (see `TermIndex.candidates`). */
export interface PhraseReading {
  /** Every word at its place, a common word and the word after it as their pair. */
  all: readonly PlacedWord[]
  /** The word at `at` where the words before it stand: after a common word, as their pair. */
  after: (at: number) => PlacedWord
}

/**
 * The last phrase looked up, with every passage that holds it and where it begins there. While a phrase is typed,
 * each keystroke asks for one that holds only where the last one does: a word's prefix grown, a prefix finished, a
 * word added. Such a phrase is looked up among the last one's places, reading only the lists of the words that
 * changed: the common words it began with ("of the") are read once, not at every keystroke. The memo is forgotten at
 * every change to the index.
 */
export class PhraseMemo {
  #last: { words: ReadonlySet<PostingList>[]; found: Starts } | null = null

  forget(): void {
    this.#last = null
  }

  /**
   * The passages, ascending, where the words follow one another, each word given as the lists of its terms. `phrase`
   * reads them from the index: all at their places (some as pairs), and each one alone where the words before it are
   * known to stand. When the last phrase does not narrow this one down, it is looked up afresh among `candidates`
   * (every passage that holds the rarest of the words read, or more).
   */
  whereWordsFollow(candidates: () => Uint32Array, words: readonly (readonly PostingList[])[], phrase: PhraseReading): Uint32Array {
    const changed = this.#changedSinceLast(words)
    const found = changed ? keptWhere(this.#last!.found, changed.map(phrase.after)) : whereWordsFollow(candidates(), phrase.all)
    this.#last = { words: words.map((lists) => new Set(lists)), found }
    return found.ids
  }

  /**
   * The words that narrow the last phrase down to this one, when every passage that holds this one holds the last:
   * the last one's words are this one's first, each standing for the same terms or some of them. Null otherwise.
   */
  #changedSinceLast(words: readonly (readonly PostingList[])[]): number[] | null {
    const last = this.#last
    if (!last || words.length < last.words.length) return null
    const changed: number[] = []
    for (const [at, lists] of words.entries()) {
      const before = last.words[at]
      if (before && !lists.every((list) => before.has(list))) return null
      if (!before || before.size !== lists.length) changed.push(at)
    }
    return changed
  }
}
