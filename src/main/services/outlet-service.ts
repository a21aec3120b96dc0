import type { Outlet, OutletEntry } from '../../shared/model'
import { mergeOutlets, renameOutlet, splitAlias } from '../../shared/outlet-edits'
import { listOutlets } from '../../shared/outlet-list'
import type { CatalogStore } from '../store/catalog-store'
import type { LibraryService } from './library-service'
import { Service } from './service'

/**
 * The library's outlets: listed from the documents' outlet fields and links, with the user's edits kept in the catalog.
 * An edit is worked out in full first, so one that is refused changes nothing, and answered once it is on disk.
 */
export class OutletService extends Service {
  readonly #catalog: CatalogStore
  readonly #library: LibraryService

  constructor(catalog: CatalogStore, library: LibraryService) {
    super()
    this.#catalog = catalog
    this.#library = library
  }

  list(): Outlet[] {
    return listOutlets(this.#library.list(), this.#catalog.data.outlets)
  }

  rename(key: string, name: string): Promise<Outlet[]> {
    return this.#save(renameOutlet(this.#catalog.data.outlets, this.list(), key, name))
  }

  merge(from: string, into: string): Promise<Outlet[]> {
    return this.#save(mergeOutlets(this.#catalog.data.outlets, this.list(), from, into))
  }

  split(key: string, alias: string): Promise<Outlet[]> {
    return this.#save(splitAlias(this.#catalog.data.outlets, this.list(), key, alias))
  }

  async #save(outlets: OutletEntry[]): Promise<Outlet[]> {
    await this.#catalog.apply({ outlets })
    return this.list()
  }
}
