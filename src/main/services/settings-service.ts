import type { Settings } from '../../shared/model'
import type { CatalogStore } from '../store/catalog-store'

export class SettingsService {
  readonly #catalog: CatalogStore

  constructor(catalog: CatalogStore) {
    this.#catalog = catalog
  }

  get(): Settings {
    return { ...this.#catalog.data.settings }
  }

  async update(change: Partial<Settings>): Promise<Settings> {
    await this.#catalog.update((data) => {
      data.settings = { ...data.settings, ...change }
    })
    return this.get()
  }
}
