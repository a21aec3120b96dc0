import type { Api } from '../../shared/contract/calls'
import type { DocumentMeta, DocumentSummary } from '../../shared/model'
import { errorMessage } from '../lib/error-message'
import { documentOrder, mergeSorted, sortDocuments, type SortDirection, type SortKey } from '../lib/sort-documents'
import { OutletsState } from './outlets.svelte'

export class LibraryState {
  documents = $state.raw<DocumentSummary[]>([])
  /** Which outlet each document is in; listed again by the window whenever the documents change. */
  readonly outlets: OutletsState
  status = $state<'loading' | 'ready' | 'error'>('loading')
  error = $state('')
  sortKey = $state<SortKey>('title')
  sortDirection = $state<SortDirection>('ascending')
  /** The tag the library is narrowed to, and the documents that carry it; null shows every document. */
  filterTag = $state('')
  filterIds = $state.raw<ReadonlySet<string> | null>(null)
  /**
   * Every document in the library's order, whatever the tag filter: the export chooses from the whole library. Sorted
   * again when the order or the documents change, except when an import adds some, which are merged in (`add`).
   */
  allSorted = $derived(sortDocuments(this.documents, this.sortKey, this.sortDirection, (doc) => this.outletName(doc)))
  /** The documents the library lists: those its tag filter leaves. */
  readonly sorted = $derived(this.filterIds ? this.allSorted.filter((doc) => this.filterIds!.has(doc.id)) : this.allSorted)

  readonly #api: Api

  constructor(api: Api) {
    this.#api = api
    this.outlets = new OutletsState(api)
  }

  async load(): Promise<void> {
    this.status = 'loading'
    try {
      this.documents = await this.#api.listDocuments({})
      this.status = 'ready'
    } catch (error) {
      this.error = errorMessage(error)
      this.status = 'error'
    }
  }

  /** What the library shows for a document's outlet: the outlet's display name, or the field as it is until they are listed. */
  outletName(doc: DocumentSummary): string | null {
    return this.outlets.of(doc.id)?.name ?? doc.outlet
  }

  /** Clicking the sorted column again reverses it. */
  sortBy(key: SortKey): void {
    if (this.sortKey === key) {
      this.sortDirection = this.sortDirection === 'ascending' ? 'descending' : 'ascending'
    } else {
      this.sortKey = key
      this.sortDirection = key === 'title' || key === 'outlet' ? 'ascending' : 'descending'
    }
  }

  showOnly(ids: ReadonlySet<string> | null, tag: string): void {
    this.filterIds = ids
    this.filterTag = tag
  }

  replace(meta: DocumentMeta): void {
    this.documents = this.documents.map((doc) => (doc.id === meta.id ? meta : doc))
  }

  forget(id: string): void {
    this.documents = this.documents.filter((doc) => doc.id !== id)
  }

  /**
   * Adds documents just imported, merged into the order: an import adds them batch by batch, and sorting ten thousand
   * documents again for each batch held the window for a second over an import of 1,000 files.
   */
  add(docs: readonly DocumentMeta[]): void {
    if (docs.length === 0) return
    const sorted = mergeSorted(this.allSorted, docs, documentOrder(this.sortKey, this.sortDirection, (doc) => this.outletName(doc)))
    this.documents = [...this.documents, ...docs]
    this.allSorted = sorted
  }
}
