import type { Settings } from '../../shared/model'
import type { CatalogStore } from '../store/catalog-store'
import { Service } from './service'

type Listener = (settings: Settings) => void

export class SettingsService extends Service {
  readonly #catalog: CatalogStore
  readonly #listeners = new Set<Listener>()

  constructor(catalog: CatalogStore) {
    super()
    this.#catalog = catalog
  }

  get(): Settings {
    return { ...this.#catalog.data.settings }
  }

  async update(change: Partial<Settings>): Promise<Settings> {
    const defined = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined))
    await this.#catalog.apply({ settings: { ...this.#catalog.data.settings, ...defined } })
    const settings = this.get()
    for (const listener of this.#listeners) listener(settings)
    return settings
  }

  /** Runs `listener` after each change is on disk (the desktop shell follows the theme with it). */
  onChange(listener: Listener): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }
}
