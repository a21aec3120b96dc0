import { AppError } from '../../shared/errors'
import type { TagChange, TagCount } from '../../shared/model'
import { hasTag, normalizeTag, renameInTags, tagKey } from '../../shared/tags'
import type { AnnotationService } from './annotation-service'
import type { LibraryService } from './library-service'
import { Service } from './service'

/**
 * Tags across the library: counted, renamed and merged on highlights and documents at once, and put back by undo. The
 * highlights' tags are written by the annotations and the documents' by the library; this service decides what each
 * gets.
 */
export class TagService extends Service {
  readonly #library: LibraryService
  readonly #annotations: AnnotationService

  constructor(library: LibraryService, annotations: AnnotationService) {
    super()
    this.#library = library
    this.#annotations = annotations
  }

  async list(): Promise<TagCount[]> {
    const counts = new Map<string, TagCount>()
    const entry = (tag: string) => {
      const key = tagKey(tag)
      const found = counts.get(key) ?? { tag, highlights: 0, documents: 0 }
      counts.set(key, found)
      return found
    }
    for (const { highlights } of await this.#annotations.stored()) for (const h of highlights) for (const t of h.tags) entry(t).highlights += 1
    for (const doc of this.#library.list()) for (const t of doc.tags) entry(t).documents += 1
    return [...counts.values()].sort((a, b) => a.tag.localeCompare(b.tag))
  }

  /** Renames `from` to `to` on every highlight and document in one step; a `to` already in use means a merge. */
  async rename(from: string, to: string): Promise<TagChange[]> {
    if (normalizeTag(to) === '') throw new AppError('invalid-argument', 'A tag needs a name.')
    const changes: TagChange[] = []
    for (const { meta, highlights } of await this.#annotations.stored()) {
      const touched = highlights.filter((h) => hasTag(h.tags, from))
      if (touched.length === 0) continue
      for (const h of touched) changes.push({ documentId: meta.id, highlightId: h.id, tags: h.tags })
      await this.#annotations.retag(meta.id, new Map(touched.map((h) => [h.id, renameInTags(h.tags, from, to)])))
    }
    const docs = this.#library.list().filter((doc) => hasTag(doc.tags, from))
    for (const doc of docs) changes.push({ documentId: doc.id, highlightId: null, tags: doc.tags })
    await this.#library.retag(new Map(docs.map((doc) => [doc.id, renameInTags(doc.tags, from, to)])))
    return changes
  }

  /** Puts tag lists back as a rename found them (undo of a rename or merge). */
  async restore(changes: TagChange[]): Promise<void> {
    const byDocument = new Map<string, Map<string, string[]>>()
    const documentTags = new Map<string, string[]>()
    for (const change of changes) {
      if (change.highlightId === null) {
        documentTags.set(change.documentId, change.tags)
        continue
      }
      const tags = byDocument.get(change.documentId) ?? new Map<string, string[]>()
      byDocument.set(change.documentId, tags.set(change.highlightId, change.tags))
    }
    for (const [documentId, tags] of byDocument) await this.#annotations.retag(documentId, tags)
    await this.#library.retag(documentTags)
  }
}
