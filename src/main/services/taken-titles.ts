import type { DocumentMeta } from '../../shared/model'

type Titled = Pick<DocumentMeta, 'title' | 'outlet' | 'date'>

/**
 * The library's titles, compared without case, and the documents that carry each, so that a document arriving under a
 * title already taken gets one of its own.
 */
export class TakenTitles {
  readonly #byTitle = new Map<string, Titled[]>()

  constructor(documents: Iterable<Titled>) {
    for (const doc of documents) this.add(doc)
  }

  add(doc: Titled): void {
    const key = fold(doc.title)
    const same = this.#byTitle.get(key)
    if (same) same.push(doc)
    else this.#byTitle.set(key, [doc])
  }

  /**
   * `doc`'s title, or when another document has it, the title told apart by what differs: the outlet when no document
   * of that title is from it ("Title (BBC News)"), else the date likewise ("Title (2024-03-05)"), else a number in the
   * order they arrived ("Title (2)", "Title (3)"…).
   */
  distinct(doc: Titled): string {
    const same = this.#byTitle.get(fold(doc.title))
    if (!same) return doc.title
    const byOutlet = doc.outlet && !same.some((other) => other.outlet === doc.outlet) ? `${doc.title} (${doc.outlet})` : null
    const byDate = doc.date && !same.some((other) => other.date === doc.date) ? `${doc.title} (${doc.date})` : null
    for (const candidate of [byOutlet, byDate]) if (candidate && !this.#has(candidate)) return candidate
    let n = 2
    while (this.#has(`${doc.title} (${n})`)) n++
    return `${doc.title} (${n})`
  }

  #has(title: string): boolean {
    return this.#byTitle.has(fold(title))
  }
}

function fold(title: string): string {
  return title.toLocaleLowerCase()
}
