import { DEFAULT_CATEGORIES, categoryMarks } from '../../shared/categories'
import type { Api } from '../../shared/contract/calls'
import type { Category } from '../../shared/model'

/** The categories highlights are coloured by; each has a paint slot, its position in the palette. */
export class PaletteState {
  categories = $state.raw<Category[]>(DEFAULT_CATEGORIES)
  /** Each category's letter, its cue in the reader's margin beside the colour. */
  readonly marks = $derived(categoryMarks(this.categories))

  readonly #api: Api

  constructor(api: Api) {
    this.#api = api
  }

  async load(): Promise<void> {
    this.categories = await this.#api.listCategories({})
  }

  slotOf(categoryId: string): number {
    return this.categories.findIndex((c) => c.id === categoryId)
  }

  get(categoryId: string): Category | undefined {
    return this.categories.find((c) => c.id === categoryId)
  }

  async save(input: { id?: string; name: string; color: string }): Promise<void> {
    this.categories = await this.#api.saveCategory(input)
  }

  async remove(id: string): Promise<void> {
    this.categories = await this.#api.deleteCategory({ id })
  }
}
