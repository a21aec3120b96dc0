import { MAX_CATEGORIES } from '../../shared/categories'
import { AppError } from '../../shared/errors'
import type { Category } from '../../shared/model'
import type { AnnotationService } from './annotation-service'
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
  readonly #annotations: AnnotationService

  constructor(catalog: CatalogStore, annotations: AnnotationService) {
    super()
    this.#catalog = catalog
    this.#annotations = annotations
  }

  list(): Category[] {
    return this.#catalog.data.categories.map((c) => ({ ...c }))
  }

  /** Updates the category with `id`, or adds a new one when there is no id. */
  async save(input: CategoryInput): Promise<Category[]> {
    const categories = this.#catalog.data.categories
    const clash = categories.find((c) => c.name.toLocaleLowerCase() === input.name.toLocaleLowerCase() && c.id !== input.id)
    if (clash) throw new AppError('conflict', `There is already a category named “${clash.name}”.`)
    const color = input.color.toLowerCase()
    if (input.id !== undefined) {
      if (!categories.some((c) => c.id === input.id)) throw new AppError('not-found', 'That category is no longer in the palette.')
      await this.#catalog.update((data) => {
        data.categories = data.categories.map((c) => (c.id === input.id ? { id: c.id, name: input.name, color } : c))
      })
    } else {
      if (categories.length >= MAX_CATEGORIES) throw new AppError('conflict', `A palette holds at most ${MAX_CATEGORIES} categories.`)
      const id = uniqueId(input.name, categories)
      await this.#catalog.update((data) => {
        data.categories = [...data.categories, { id, name: input.name, color }]
      })
    }
    return this.list()
  }

  /** Removes a category that no highlight uses; a category in use must be emptied first, so no highlight loses its meaning. */
  async remove(id: string): Promise<Category[]> {
    const used = (await this.#annotations.list({ categoryId: id })).length
    if (used > 0) throw new AppError('conflict', `${used} ${used === 1 ? 'highlight uses' : 'highlights use'} this category; recolour them first.`)
    await this.#catalog.update((data) => {
      data.categories = data.categories.filter((c) => c.id !== id)
    })
    return this.list()
  }
}

function uniqueId(name: string, existing: Category[]): string {
  const base = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 30) || 'category'
  let id = base
  for (let n = 2; existing.some((c) => c.id === id); n++) id = `${base}-${n}`
  return id
}
