import { MAX_CATEGORIES } from '../../shared/categories'
import { AppError } from '../../shared/errors'
import type { Category } from '../../shared/model'
import type { CatalogStore } from '../store/catalog-store'
import { Service } from './service'

export interface CategoryInput {
  id?: string
  name: string
  color: string
}

/** The palette of highlight categories. Highlights refer to a category by id, so a change here recolours them all. */
export class CategoryService extends Service {
  readonly #catalog: CatalogStore

  constructor(catalog: CatalogStore) {
    super()
    this.#catalog = catalog
  }

  list(): Category[] {
    return this.#catalog.data.categories.map((c) => ({ ...c }))
  }

  /** Throws unless the palette has a category with this id. */
  require(id: string): void {
    if (!this.#catalog.data.categories.some((c) => c.id === id)) throw new AppError('not-found', 'That category is no longer in the palette.')
  }

  /** Updates the category with `id`, or adds a new one when there is no id. */
  async save(input: CategoryInput): Promise<Category[]> {
    const categories = this.#catalog.data.categories
    const clash = categories.find((c) => c.name.toLocaleLowerCase() === input.name.toLocaleLowerCase() && c.id !== input.id)
    if (clash) throw new AppError('conflict', `There is already a category named “${clash.name}”.`)
    const color = input.color.toLowerCase()
    if (input.id !== undefined) {
      if (!categories.some((c) => c.id === input.id)) throw new AppError('not-found', 'That category is no longer in the palette.')
      await this.#catalog.apply({ categories: categories.map((c) => (c.id === input.id ? { id: c.id, name: input.name, color } : c)) })
    } else {
      if (categories.length >= MAX_CATEGORIES) throw new AppError('conflict', `A palette holds at most ${MAX_CATEGORIES} categories.`)
      const id = uniqueId(input.name, categories)
      await this.#catalog.apply({ categories: [...categories, { id, name: input.name, color }] })
    }
    return this.list()
  }

  /** Takes a category out of the palette. The highlights know which use it: `AnnotationService.removeCategory` asks them first. */
  async remove(id: string): Promise<Category[]> {
    await this.#catalog.apply({ categories: this.#catalog.data.categories.filter((c) => c.id !== id) })
    return this.list()
  }
}

function uniqueId(name: string, existing: Category[]): string {
  const base = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 30) || 'category'
  let id = base
  for (let n = 2; existing.some((c) => c.id === id); n++) id = `${base}-${n}`
  return id
}
