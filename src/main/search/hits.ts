import { makeSnippet, matchClauses, type SearchGroup, type SearchHit, type TextRange, type WordMatch } from '../../shared/search'
import type { PassageTable } from './passage-table'
import type { Passage } from './indexed-passages'

const HITS_PER_GROUP = 5

/**
 * Candidate passages a search checks in their text, beyond which it stops and calls its count an estimate. Only a
 * phrase makes a search check more than the hits it shows: its words may all be in a passage without following one
 * another, and a phrase of common words can have a hundred thousand candidates while the answer is due within a keystroke.
 */
const CHECK_BUDGET = 1_000

/**
 * Checks candidate passages against the query's clauses in their own words, where the index only knew that each word
 * occurs somewhere in them, and makes the hits: snippets with their marks, and the place in the document to go to.
 */
export class HitFinder {
  #left = CHECK_BUDGET
  /** Set once a count includes passages that were not checked. */
  estimated = false
  /** True when every candidate matches (no clause has several words to check the order of), so checking only makes the hits shown. */
  readonly indexDecides: boolean
  readonly #clauses: readonly WordMatch[][]
  readonly #passages: PassageTable

  constructor(clauses: readonly WordMatch[][], passages: PassageTable) {
    this.#clauses = clauses
    this.#passages = passages
    this.indexDecides = clauses.every((clause) => clause.length === 1)
  }

  get exhausted(): boolean {
    return !this.indexDecides && this.#left <= 0
  }

  /** Whether a document with these candidates matches, checking them until one does. */
  matches(candidates: number[]): boolean {
    return this.indexDecides || candidates.some((id) => this.#hit(id) !== null)
  }

  /** A document's group: its first hits in reading order, and how many passages match (counted while the budget lasts). */
  group(candidates: number[]): SearchGroup | null {
    const ordered = candidates.map((id) => ({ id, at: readingOrder(this.#passages.at(id)!) })).sort((a, b) => a.at - b.at)
    const hits: SearchHit[] = []
    let hitCount = 0
    let next = 0
    for (; next < ordered.length; next++) {
      if ((hits.length === HITS_PER_GROUP && this.indexDecides) || this.exhausted) break
      const hit = this.#hit(ordered[next]!.id)
      if (!hit) continue
      hitCount++
      if (hits.length < HITS_PER_GROUP) hits.push(hit)
    }
    const unchecked = ordered.length - next
    if (unchecked > 0 && !this.indexDecides) this.estimated = true
    if (hits.length === 0) return null
    const { doc } = this.#passages.at(candidates[0]!)!
    return { documentId: doc.id, title: doc.title, outlet: doc.outlet, hitCount: hitCount + unchecked, hits }
  }

  #hit(id: number): SearchHit | null {
    this.#left--
    const marks = matchClauses(this.#passages.folded(id), this.#clauses)
    if (!marks) return null
    const passage = this.#passages.at(id)!
    const text = this.#passages.text(id)
    return {
      kind: passage.kind,
      range: rangeInDocument(passage, marks[0]!),
      highlightId: passage.kind === 'text' ? null : (passage.highlight?.id ?? null),
      snippet: makeSnippet(text, marks)
    }
  }
}

/** Where a hit sends the reader: the matched words when the passage is part of the text, else the highlight it belongs to. */
function rangeInDocument(passage: Passage, mark: TextRange): TextRange | null {
  if (passage.kind === 'text') return { start: passage.start + mark.start, end: passage.start + mark.end }
  const placed = passage.highlight?.range ?? null
  if (!placed) return null
  if (passage.kind === 'highlight') return { start: placed.start + mark.start, end: placed.start + mark.end }
  return placed
}

/** Titles and outlets first, then hits in the order of the text; a document's own note and tags right after its title. */
function readingOrder(passage: Passage): number {
  if (passage.kind === 'title') return -3
  if (passage.kind === 'outlet') return -2
  if (passage.kind === 'text') return passage.start
  return passage.highlight?.range?.start ?? -1
}
