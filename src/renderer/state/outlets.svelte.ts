import type { Api } from '../../shared/contract/calls'
import type { Outlet } from '../../shared/model'

/** The library's outlets as the back end lists them from the documents and the user's edits, and each document's outlet. */
export class OutletsState {
  list = $state.raw<Outlet[]>([])
  readonly #byDocument = $derived(byDocument(this.list))
  /** The documents change faster than the list comes back; only the latest answer is kept. */
  #latest = 0
  readonly #api: Api

  constructor(api: Api) {
    this.#api = api
  }

  /** The outlet a document is in; undefined for a document that names none. */
  of(documentId: string): Outlet | undefined {
    return this.#byDocument.get(documentId)
  }

  async load(): Promise<void> {
    const request = ++this.#latest
    const list = await this.#api.listOutlets({})
    if (request === this.#latest) this.list = list
  }

  async rename(key: string, name: string): Promise<void> {
    this.#take(await this.#api.renameOutlet({ key, name }))
  }

  async merge(from: string, into: string): Promise<void> {
    this.#take(await this.#api.mergeOutlets({ from, into }))
  }

  async split(key: string, alias: string): Promise<void> {
    this.#take(await this.#api.splitOutletAlias({ key, alias }))
  }

  #take(list: Outlet[]): void {
    this.#latest += 1
    this.list = list
  }
}

/** Made afresh from each list and never changed, so a plain map. */
function byDocument(list: readonly Outlet[]): ReadonlyMap<string, Outlet> {
  return new Map(list.flatMap((outlet) => outlet.documentIds.map((id) => [id, outlet] as const)))
}
