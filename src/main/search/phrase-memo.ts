import { keptWhere, whereWordsFollow, type PlacedWord, type Starts } from './adjacent-words'
import type { PostingList } from './posting-list'

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
   * The passages, ascending, where the words follow one another, each word given as the lists of its terms;
   * `candidates` (every passage that holds the rarest word, or more) are read only when the last phrase does not
   * narrow this one down.
   */
  whereWordsFollow(candidates: () => Uint32Array, words: readonly (readonly PostingList[])[]): Uint32Array {
    const changed = this.#changedSinceLast(words)
    const found = changed ? keptWhere(this.#last!.found, changed) : whereWordsFollow(candidates(), words)
    this.#last = { words: words.map((lists) => new Set(lists)), found }
    return found.ids
  }

  /**
   * The words that narrow the last phrase down to this one, when every passage that holds this one holds the last:
   * the last one's words are this one's first, each standing for the same terms or some of them. Null otherwise.
   */
  #changedSinceLast(words: readonly (readonly PostingList[])[]): PlacedWord[] | null {
    const last = this.#last
    if (!last || words.length < last.words.length) return null
    const changed: PlacedWord[] = []
    for (const [at, lists] of words.entries()) {
      const before = last.words[at]
      if (before && !lists.every((list) => before.has(list))) return null
      if (!before || before.size !== lists.length) changed.push({ lists, at })
    }
    return changed
  }
}
