import type { Api } from '../../shared/contract/calls'
import type { SearchQuery, SearchResults } from '../../shared/search'
import { errorMessage } from '../lib/error-message'

/** Library search: the box's text, its filters, and the answer to the latest query. */
export class SearchState {
  open = $state(false)
  text = $state('')
  filters = $state({ documentId: '', outlet: '', tag: '', categoryId: '', notesOnly: false })
  results = $state.raw<SearchResults | null>(null)
  problem = $state('')
  #latest = 0
  readonly #api: Api

  constructor(api: Api) {
    this.#api = api
  }

  /** Asks the back end; answers can overtake each other while the user types, so only the latest is shown. */
  async run(): Promise<void> {
    const request = ++this.#latest
    const { documentId, outlet, tag, categoryId, notesOnly } = this.filters
    if (this.text.trim() === '') {
      this.results = null
      return
    }
    const query: SearchQuery = {
      text: this.text,
      documentId: documentId || undefined,
      outlet: outlet || undefined,
      tag: tag || undefined,
      categoryId: categoryId || undefined,
      notesOnly: notesOnly || undefined
    }
    try {
      const results = await this.#api.search(query)
      if (request !== this.#latest) return
      this.results = results
      this.problem = ''
    } catch (error) {
      if (request === this.#latest) this.problem = errorMessage(error)
    }
  }
}
