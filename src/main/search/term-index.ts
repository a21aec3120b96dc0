import SearchableMap from 'minisearch/SearchableMap'
import type { QueryWord, WordMatch } from '../../shared/search'
import { whereWordsFollow, type PlacedWord } from './adjacent-words'
import { NextWordLists } from './next-word-lists'
import { PhraseMemo } from './phrase-memo'
import { PostingList } from './posting-list'

/** What a query word stands for in the index: the lists of its terms, and the terms (or the prefix) for marking them. */
export interface Lookup {
  lists: PostingList[]
  match: WordMatch
}

/**
 * Edits allowed in a word that is not in the library, by its length: Elasticsearch's `fuzziness: AUTO`
 * (none up to 2 characters, one up to 5, two beyond; Elasticsearch reference, "Common options", Fuzziness).
 */
function allowedEdits(length: number): number {
  return length <= 2 ? 0 : length <= 5 ? 1 : 2
}

/**
 * An inverted index from folded words to the passages that hold them, and where in them (`PostingList`). Exact look-ups, one for each word of every
 * passage added, go through a hash map; the same lists also sit in MiniSearch's radix tree, which answers what a hash
 * map cannot: every word that begins with a prefix, and every word within a few edits of a typo.
 */
export class TermIndex {
  readonly #lists = new Map<string, PostingList>()
  readonly #tree = new SearchableMap<PostingList>()
  #postings = 0
  /** Per passage id, the number of the last look-up that marked it: a set that is emptied by counting up. */
  #marks = new Uint32Array(1024)
  #mark = 0
  /** One more than the highest passage id added. */
  #idLimit = 0
  /** Per list (by its `slot`), while `add` reads a passage: the passage it was last met in, and its first and last place there. */
  #metIn = new Int32Array(1024).fill(-1)
  #firstPlace: Int32Array = new Int32Array(1024)
  #lastPlace: Int32Array = new Int32Array(1024)
  /** Per place in the passage `add` reads, the next place of the same word, or -1. */
  #nextPlace = new Int32Array(1024)
  #slots = 0
  readonly #phrases = new PhraseMemo()
  readonly #pairs = new NextWordLists()

  get termCount(): number {
    return this.#lists.size
  }

  get postingCount(): number {
    return this.#postings
  }

  /** Bytes the positions of the terms in their passages take. */
  get positionBytes(): number {
    let bytes = 0
    for (const list of this.#lists.values()) bytes += list.positionBytes
    for (const list of this.#pairs.lists) bytes += list.positionBytes
    return bytes
  }

  /** Records a passage's words, in order (a repeated word is recorded once, with each of its places); `id` must be above every id added before. */
  add(id: number, terms: readonly string[]): void {
    // Each word's places are chained through typed arrays kept from passage to passage: no object made per word met.
    if (this.#nextPlace.length < terms.length) this.#nextPlace = new Int32Array(terms.length * 2)
    const next = this.#nextPlace
    this.#phrases.forget()
    const met: PostingList[] = []
    for (let at = 0; at < terms.length; at++) {
      const list = this.#listFor(terms[at]!)
      next[at] = -1
      if (this.#metIn[list.slot] !== id) {
        this.#metIn[list.slot] = id
        this.#firstPlace[list.slot] = at
        met.push(list)
      } else {
        next[this.#lastPlace[list.slot]!] = at
      }
      this.#lastPlace[list.slot] = at
    }
    const places: number[] = []
    for (const list of met) {
      places.length = 0
      for (let at = this.#firstPlace[list.slot]!; at !== -1; at = next[at]!) places.push(at)
      list.add(id, places)
      this.#postings++
    }
    this.#postings += this.#pairs.add(id, terms)
    this.#idLimit = id + 1
    if (id >= this.#marks.length) {
      const grown = new Uint32Array(Math.max(id + 1, this.#marks.length * 2))
      grown.set(this.#marks)
      this.#marks = grown
    }
  }

  #listFor(term: string): PostingList {
    const known = this.#lists.get(term)
    if (known) return known
    const list = new PostingList(this.#slots++)
    if (list.slot >= this.#metIn.length) {
      const size = this.#metIn.length * 2
      this.#metIn = Int32Array.from({ length: size }, (_, i) => this.#metIn[i] ?? -1)
      this.#firstPlace = grownTo(this.#firstPlace, size)
      this.#lastPlace = grownTo(this.#lastPlace, size)
    }
    this.#lists.set(term, list)
    this.#tree.set(term, list)
    return list
  }

  /**
   * Gives back the room the lists keep for growth (up to as much again as they hold), once a whole library is indexed,
   * a list at each step: copying them all at once held the event loop for a tenth of a second and more.
   */
  *trimming(): Generator<void> {
    for (const list of [...this.#lists.values(), ...this.#pairs.lists]) {
      list.trim()
      yield
    }
  }

  /** Forgets the passages from `from` up to `to` (excluded), given every word they were added with. */
  removeRange(from: number, to: number, terms: readonly string[] | ReadonlySet<string>): void {
    this.#phrases.forget()
    this.#postings -= this.#pairs.removeRange(from, to, terms)
    for (const term of terms) {
      const list = this.#lists.get(term)
      if (!list) continue
      this.#postings -= list.deleteRange(from, to)
      if (list.length === 0) {
        this.#lists.delete(term)
        this.#tree.delete(term)
      }
    }
  }

  /**
   * What a query word stands for in the index: the words it begins when it is a prefix of some, else the word itself,
   * else (unless it was quoted) the words it is a typo of; with their lists. Null when it stands for nothing.
   */
  lookup(word: QueryWord): Lookup | null {
    if (word.prefix) {
      const lists = [...this.#tree.atPrefix(word.term).values()]
      if (lists.length > 0) return { lists, match: { prefix: word.term } }
    }
    const exact = this.#lists.get(word.term)
    if (exact) return { lists: [exact], match: { terms: [word.term] } }
    const edits = allowedEdits(word.term.length)
    if (word.exact || edits === 0) return null
    const corrections = this.#tree.fuzzyGet(word.term, edits)
    if (corrections.size === 0) return null
    return { lists: [...corrections.values()].map(([list]) => list), match: { terms: [...corrections.keys()] } }
  }

  /**
   * The passages, ascending, that hold every clause, each clause given as its words looked up. A word holds where one
   * of its terms does; a clause of several words where they follow one another, which its word in the fewest passages
   * narrows down to: the others' lists are read only where that one holds. A common word and the word after it are
   * read as their pair (`NextWordLists`). A phrase asked alone, as it is while it is typed, is looked up through the
   * last one asked (`PhraseMemo`).
   */
  candidates(clauses: Lookup[][]): Uint32Array {
    const phrases = clauses.map((clause) => this.#phraseWords(clause))
    const rarest = (words: readonly PlacedWord[]) => words.reduce((best, word) => (size(word.lists) < size(best.lists) ? word : best)).lists
    const [clause] = clauses
    if (clauses.length === 1 && clause!.length > 1) {
      const reading = { all: phrases[0]!, after: (at: number) => this.#wordAfter(clause!, at) }
      return this.#phrases.whereWordsFollow(() => this.#holdingAll([rarest(reading.all)]), clause!.map((word) => word.lists), reading)
    }
    let result = this.#holdingAll(phrases.map(rarest))
    for (const words of phrases) if (words.length > 1 && result.length > 0) result = whereWordsFollow(result, words).ids
    return result
  }

  /** A clause's words at their places, each common word with the word after it as the lists of their pair. */
  #phraseWords(clause: Lookup[]): PlacedWord[] {
    const words: PlacedWord[] = []
    let covered = -1
    for (const [at, word] of clause.entries()) {
      if (at + 1 < clause.length && common(word) !== null) {
        words.push(this.#wordAfter(clause, at + 1))
        covered = at + 1
      } else if (covered < at) {
        words.push({ lists: word.lists, at })
      }
    }
    return words
  }

  /** The word at `at` of a clause, read where the words before it stand: after a common word, as their pair. */
  #wordAfter(clause: Lookup[], at: number): PlacedWord {
    const before = at > 0 ? common(clause[at - 1]!) : null
    if (before === null) return { lists: clause[at]!.lists, at }
    return { lists: this.#pairs.after(before, clause[at]!.match), at: at - 1 }
  }

  /** The passages, ascending, that hold at least one term of every word. */
  #holdingAll(words: (readonly PostingList[])[]): Uint32Array {
    const sized = words.map((lists) => ({ lists, size: size(lists) }))
    sized.sort((a, b) => a.size - b.size)
    const [smallest, ...rest] = sized
    if (!smallest) return new Uint32Array(0)
    let result = this.#union(smallest.lists, smallest.size)
    for (const { lists, size } of rest) {
      if (result.length === 0) break
      result = this.#within(result, lists, size)
    }
    return result
  }

  /** The ids of all `lists` (`size` in all, repeats included), ascending, each once. */
  #union(lists: readonly PostingList[], size: number): Uint32Array {
    if (lists.length === 1) {
      const ids = lists[0]!.ids
      return ids instanceof Uint32Array ? ids : Uint32Array.from(ids)
    }
    const union = new Uint32Array(size)
    let length = 0
    if (size * 8 < this.#idLimit) {
      for (const list of lists) {
        union.set(list.ids, length)
        length += list.length
      }
      union.sort()
      length = 0
      for (let i = 0; i < size; i++) if (length === 0 || union[i] !== union[length - 1]) union[length++] = union[i]!
      return union.subarray(0, length)
    }
    const mark = this.#markAll(lists)
    const marks = this.#marks
    const limit = this.#idLimit
    for (let id = 0; id < limit; id++) if (marks[id] === mark) union[length++] = id
    return union.subarray(0, length)
  }

  /** The candidates found in one of `lists`: by binary search when they are few, else by marking every id of the lists. */
  #within(candidates: Uint32Array, lists: readonly PostingList[], size: number): Uint32Array {
    if (candidates.length * lists.length * 20 < size) return candidates.filter((id) => lists.some((list) => list.has(id)))
    const mark = this.#markAll(lists)
    const marks = this.#marks
    return candidates.filter((id) => marks[id] === mark)
  }

  #markAll(lists: readonly PostingList[]): number {
    if (++this.#mark === 0xffffffff) {
      this.#marks.fill(0)
      this.#mark = 1
    }
    const marks = this.#marks
    const mark = this.#mark
    for (const list of lists) {
      const ids = list.ids
      for (let i = 0; i < ids.length; i++) marks[ids[i]!] = mark
    }
    return mark
  }
}

/** The common word (see `NextWordLists`) a query word stands for, if it stands for one alone. */
function common(word: Lookup): string | null {
  if (!('terms' in word.match) || word.match.terms.length !== 1) return null
  const term = word.match.terms[0]!
  return NextWordLists.isCommon(term) ? term : null
}

/** The postings of a word's lists, repeats included. */
function size(lists: readonly PostingList[]): number {
  return lists.reduce((sum, list) => sum + list.length, 0)
}

function grownTo(from: Int32Array, size: number): Int32Array {
  const to = new Int32Array(size)
  to.set(from)
  return to
}
