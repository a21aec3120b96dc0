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
    const defined = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined))
    await this.#catalog.update((data) => {
      data.settings = { ...data.settings, ...defined }
    })
    return this.get()
  }
}
