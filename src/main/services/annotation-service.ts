import { randomBytes } from 'node:crypto'
import { anchor, describeRange, toCodePointOffset, toUtf16Offset } from '../../shared/anchoring'
import { AppError } from '../../shared/errors'
import type { DocumentAnnotations, DocumentMeta, Highlight, PlacedHighlight, TagChange, TagCount } from '../../shared/model'
import { normalizeTag, normalizeTags, renameInTags } from '../../shared/tags'
import type { ImportedHighlight } from '../../shared/export'
import type { AnnotationFile, AnnotationStore } from '../store/annotation-store'
import type { CatalogStore } from '../store/catalog-store'
import type { LibraryService } from './library-service'
import type { ChangeFeed } from '../change-feed'
import { Service } from './service'

export interface NewHighlight {
  documentId: string
  /** UTF-16 offsets into the document's current text, as a DOM selection gives them. */
  start: number
  end: number
  categoryId: string
  tags?: string[]
  note?: string
}

export interface HighlightPatch {
  categoryId?: string
  tags?: string[]
  note?: string
}

export interface HighlightFilter {
  documentId?: string
  categoryId?: string
  tag?: string
}

/** Highlights, notes and tags, kept per document and re-anchored when a document's text changes. */
export class AnnotationService extends Service {
  readonly #library: LibraryService
  readonly #store: AnnotationStore
  readonly #catalog: CatalogStore
  readonly #now: () => Date

  constructor(library: LibraryService, store: AnnotationStore, catalog: CatalogStore, now: () => Date = () => new Date()) {
    super()
    this.#library = library
    this.#store = store
    this.#catalog = catalog
    this.#now = now
  }

  /** Each document whose annotations were written, or reloaded after another program changed them. */
  get changes(): ChangeFeed {
    return this.#store.changes
  }

  async forDocument(documentId: string): Promise<DocumentAnnotations> {
    const { text, file } = await this.#current(documentId)
    return { documentId, note: file.note, highlights: inTextOrder(file.highlights.map((h) => place(text, h))) }
  }

  async create(input: NewHighlight): Promise<PlacedHighlight> {
    const { meta, text } = await this.#current(input.documentId)
    if (input.end > text.length || input.start >= input.end || text.slice(input.start, input.end).trim() === '') {
      throw new AppError('invalid-argument', 'Select some text of the document to highlight it.')
    }
    this.#requireCategory(input.categoryId)
    const selectors = describeRange(text, input.start, input.end)
    const now = this.#timestamp()
    const highlight: Highlight = {
      id: newHighlightId(),
      documentId: input.documentId,
      categoryId: input.categoryId,
      tags: normalizeTags(input.tags ?? []),
      note: input.note ?? '',
      position: selectors.position,
      quote: selectors.quote,
      orphan: null,
      createdAt: now,
      updatedAt: now
    }
    await this.#store.update(input.documentId, meta.textHash, (file) => file.highlights.push(highlight))
    return place(text, highlight)
  }

  /** Puts back a highlight exactly as it was (undo of a delete). */
  async restore(highlight: Highlight): Promise<PlacedHighlight> {
    const { meta, text } = await this.#current(highlight.documentId)
    await this.#store.update(highlight.documentId, meta.textHash, (file) => {
      file.highlights = [...file.highlights.filter((h) => h.id !== highlight.id), highlight]
    })
    return place(text, highlight)
  }

  async update(documentId: string, id: string, patch: HighlightPatch): Promise<PlacedHighlight> {
    if (patch.categoryId !== undefined) this.#requireCategory(patch.categoryId)
    const { text } = await this.#current(documentId)
    const updated = await this.#change(documentId, id, (h) => ({
      ...h,
      categoryId: patch.categoryId ?? h.categoryId,
      tags: patch.tags === undefined ? h.tags : normalizeTags(patch.tags),
      note: patch.note ?? h.note
    }))
    return place(text, updated)
  }

  async remove(documentId: string, id: string): Promise<Highlight> {
    const { meta, file } = await this.#file(documentId)
    const existing = findHighlight(file, id)
    await this.#store.update(documentId, meta.textHash, (f) => {
      f.highlights = f.highlights.filter((h) => h.id !== id)
    })
    return existing
  }

  /** Attaches an orphan (or moves any highlight) to a range the user chose, refreshing its selectors. */
  async reattach(documentId: string, id: string, start: number, end: number): Promise<PlacedHighlight> {
    const { text } = await this.#current(documentId)
    if (end > text.length || start >= end) throw new AppError('invalid-argument', 'Select the passage to attach the highlight to.')
    const selectors = describeRange(text, start, end)
    const updated = await this.#change(documentId, id, (h) => ({ ...h, ...selectors, orphan: null }))
    return place(text, updated)
  }

  async list(filter: HighlightFilter): Promise<Highlight[]> {
    const files = filter.documentId ? [(await this.#file(filter.documentId)).file] : await this.#allCurrent()
    const tagKey = filter.tag?.toLocaleLowerCase()
    return files.flatMap((file) =>
      inTextOrder(file.highlights).filter(
        (h) =>
          (!filter.categoryId || h.categoryId === filter.categoryId) &&
          (!tagKey || h.tags.some((t) => t.toLocaleLowerCase() === tagKey))
      )
    )
  }

  /** Each document's note and highlights in text order, as an export needs them: no text is read. */
  async exportable(documentIds: string[]): Promise<{ meta: DocumentMeta; note: string; highlights: Highlight[] }[]> {
    return Promise.all(
      documentIds.map(async (id) => {
        const { meta, file } = await this.#file(id)
        return { meta, note: file.note, highlights: inTextOrder(file.highlights) }
      })
    )
  }

  /**
   * Takes in highlights from an annotation export: each is anchored in this library's text of the document the way
   * re-anchoring is (position, quote, fuzzy), or kept as an orphan; one already there (same place, same text) is skipped.
   */
  async adopt(documentId: string, incoming: ImportedHighlight[]): Promise<{ imported: number; orphaned: number }> {
    const { meta, text, file } = await this.#current(documentId)
    const now = this.#timestamp()
    const fresh = incoming.filter(
      (h) => !file.highlights.some((e) => e.quote.exact === h.quote.exact && e.position.start === h.position.start)
    )
    const adopted = fresh.map((h) =>
      reanchor(text, { ...h, id: newHighlightId(), documentId, orphan: null, createdAt: now, updatedAt: now })
    )
    await this.#store.update(documentId, meta.textHash, (f) => f.highlights.push(...adopted))
    return { imported: adopted.length, orphaned: adopted.filter((h) => h.orphan).length }
  }

  async setDocumentNote(documentId: string, note: string): Promise<void> {
    const { meta } = await this.#file(documentId)
    await this.#store.update(documentId, meta.textHash, (file) => {
      file.note = note
    })
  }

  async listTags(): Promise<TagCount[]> {
    const counts = new Map<string, TagCount>()
    const entry = (tag: string) => {
      const key = tag.toLocaleLowerCase()
      const found = counts.get(key) ?? { tag, highlights: 0, documents: 0 }
      counts.set(key, found)
      return found
    }
    for (const file of await this.#allCurrent()) for (const h of file.highlights) for (const t of h.tags) entry(t).highlights += 1
    for (const doc of this.#library.list()) for (const t of doc.tags) entry(t).documents += 1
    return [...counts.values()].sort((a, b) => a.tag.localeCompare(b.tag))
  }

  /** Renames `from` to `to` on every highlight and document in one step; a `to` already in use means a merge. */
  async renameTag(from: string, to: string): Promise<TagChange[]> {
    if (normalizeTag(to) === '') throw new AppError('invalid-argument', 'A tag needs a name.')
    const changes: TagChange[] = []
    const fromKey = from.toLocaleLowerCase()
    const has = (tags: string[]) => tags.some((t) => t.toLocaleLowerCase() === fromKey)
    for (const file of await this.#allCurrent()) {
      const touched = file.highlights.filter((h) => has(h.tags))
      if (touched.length === 0) continue
      for (const h of touched) changes.push({ documentId: file.documentId, highlightId: h.id, tags: h.tags })
      await this.#store.update(file.documentId, file.textHash, (f) => {
        f.highlights = f.highlights.map((h) => (has(h.tags) ? { ...h, tags: renameInTags(h.tags, from, to) } : h))
      })
    }
    const docs = this.#library.list().filter((doc) => has(doc.tags))
    for (const doc of docs) changes.push({ documentId: doc.id, highlightId: null, tags: doc.tags })
    if (docs.length > 0) {
      await this.#catalog.update((data) => {
        for (const doc of docs) data.documents[doc.id] = { ...doc, tags: renameInTags(doc.tags, from, to) }
      })
      for (const doc of docs) this.#library.changes.emit({ kind: 'changed', documentId: doc.id })
    }
    return changes
  }

  /** Puts tag lists back as a rename found them (undo of a rename or merge). */
  async restoreTags(changes: TagChange[]): Promise<void> {
    const byDocument = new Map<string, TagChange[]>()
    for (const change of changes.filter((c) => c.highlightId !== null)) {
      byDocument.set(change.documentId, [...(byDocument.get(change.documentId) ?? []), change])
    }
    for (const [documentId, list] of byDocument) {
      const { meta } = await this.#file(documentId)
      const before = new Map(list.map((c) => [c.highlightId, c.tags]))
      await this.#store.update(documentId, meta.textHash, (file) => {
        file.highlights = file.highlights.map((h) => ({ ...h, tags: before.get(h.id) ?? h.tags }))
      })
    }
    const documentTags = changes.filter((c) => c.highlightId === null && this.#library.has(c.documentId))
    if (documentTags.length > 0) {
      await this.#catalog.update((data) => {
        for (const c of documentTags) data.documents[c.documentId] = { ...data.documents[c.documentId]!, tags: c.tags }
      })
      for (const c of documentTags) this.#library.changes.emit({ kind: 'changed', documentId: c.documentId })
    }
  }

  /** Drops a removed document's annotations. */
  async forget(documentId: string): Promise<void> {
    await this.#store.remove(documentId)
  }

  /** A document's annotations without reading its text, unless the text changed and they must be re-anchored first. */
  async #file(documentId: string): Promise<{ meta: DocumentMeta; file: AnnotationFile }> {
    const meta = this.#library.get(documentId)
    const file = await this.#store.read(documentId, meta.textHash)
    if (file.textHash === meta.textHash) return { meta, file }
    return this.#current(documentId)
  }

  async #current(documentId: string): Promise<{ meta: DocumentMeta; text: string; file: AnnotationFile }> {
    const { meta, text } = await this.#library.open(documentId)
    const file = await this.#store.read(documentId, meta.textHash)
    if (file.textHash === meta.textHash) return { meta, text, file }
    const reanchored = await this.#store.update(documentId, meta.textHash, (f) => {
      f.highlights = f.highlights.map((h) => reanchor(text, h))
      f.textHash = meta.textHash
    })
    return { meta, text, file: reanchored }
  }

  async #allCurrent(): Promise<AnnotationFile[]> {
    const files = await this.#store.all()
    const live = files.filter((file) => this.#library.has(file.documentId) && file.highlights.length + file.note.length > 0)
    return Promise.all(live.map(async (file) => (await this.#file(file.documentId)).file))
  }

  async #change(documentId: string, id: string, edit: (h: Highlight) => Highlight): Promise<Highlight> {
    const { meta, file } = await this.#file(documentId)
    const updated = { ...edit(findHighlight(file, id)), updatedAt: this.#timestamp() }
    await this.#store.update(documentId, meta.textHash, (f) => {
      f.highlights = f.highlights.map((h) => (h.id === id ? updated : h))
    })
    return updated
  }

  #requireCategory(categoryId: string): void {
    if (!this.#catalog.data.categories.some((c) => c.id === categoryId)) {
      throw new AppError('not-found', 'That category is no longer in the palette.')
    }
  }

  #timestamp(): string {
    return this.#now().toISOString()
  }
}

function newHighlightId(): string {
  return `h_${randomBytes(8).toString('hex')}`
}

function findHighlight(file: AnnotationFile, id: string): Highlight {
  const found = file.highlights.find((h) => h.id === id)
  if (!found) throw new AppError('not-found', 'That highlight no longer exists.')
  return found
}

/** Where a stored highlight lies in the current text, in UTF-16 units; orphans lie nowhere. */
function place(text: string, highlight: Highlight): PlacedHighlight {
  if (highlight.orphan) return { ...highlight, range: null }
  const range = { start: toUtf16Offset(text, highlight.position.start), end: toUtf16Offset(text, highlight.position.end) }
  return { ...highlight, range }
}

/** Finds a highlight in a changed text; one that cannot be placed with confidence becomes an orphan, selectors untouched. */
function reanchor(text: string, highlight: Highlight): Highlight {
  if (highlight.orphan) return highlight
  const result = anchor(text, { position: highlight.position, quote: highlight.quote })
  if (result.status === 'orphan') return { ...highlight, orphan: result.reason }
  const position = { start: toCodePointOffset(text, result.start), end: toCodePointOffset(text, result.end) }
  return { ...highlight, position }
}

function inTextOrder<T extends Highlight>(highlights: T[]): T[] {
  return [...highlights].sort((a, b) => a.position.start - b.position.start || b.position.end - a.position.end)
}
