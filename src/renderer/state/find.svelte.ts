import { foldText } from '../../shared/search'
import { findMatches } from '../find/find-matches'

/** Find in document: the query, every match in the whole text (rendered or not), and which one is current. */
export class FindState {
  open = $state(false)
  query = $state('')
  matches = $state.raw<{ start: number; end: number }[]>([])
  index = $state(0)
  readonly current = $derived(this.matches[this.index] ?? null)
  #foldedFor = ''
  #folded = ''

  /** Searches `text` for the query, starting from the first match at or after `from` (the reader's place). */
  search(text: string, query: string, from = 0): void {
    this.query = query
    if (this.#foldedFor !== text) {
      this.#folded = foldText(text)
      this.#foldedFor = text
    }
    this.matches = findMatches(this.#folded, query)
    const next = this.matches.findIndex((match) => match.start >= from)
    this.index = next < 0 ? 0 : next
  }

  /** Searches again when the text has changed under the query (the rest of a long text arrived), staying at the current match. */
  refresh(text: string): void {
    if (this.query !== '' && text !== this.#foldedFor) this.search(text, this.query, this.current?.start ?? 0)
  }

  step(direction: 1 | -1): void {
    const count = this.matches.length
    if (count > 0) this.index = (this.index + direction + count) % count
  }

  close(): void {
    this.open = false
    this.matches = []
  }
}
