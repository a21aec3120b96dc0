import { randomBytes } from 'node:crypto'
import { describeRange, placeHighlight, reanchorHighlight } from '../../shared/anchoring'
import { AppError } from '../../shared/errors'
import type { Category, DocumentAnnotations, DocumentMeta, Highlight, PlacedHighlight } from '../../shared/model'
import { hasTag, normalizeTags } from '../../shared/tags'
import { byTextOrder } from '../../shared/text-order'
import type { ImportedHighlight } from '../../shared/export'
import type { AnnotationFile, AnnotationStore } from '../store/annotation-store'
import type { ChangeFeed } from '../change-feed'
import type { CategoryService } from './category-service'
import type { LibraryService } from './library-service'
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

/** A document's note and highlights as stored (in the order they were made), for views over the whole library. */
export interface StoredAnnotations {
  meta: DocumentMeta
  note: string
  highlights: Highlight[]
}

/**
 * Highlights and notes, kept per document. When a document's text changes its highlights are found again in the new
 * text by one explicit step, `reanchor`, which whoever changes a text takes. Reads never write.
 */
export class AnnotationService extends Service {
  readonly #library: LibraryService
  readonly #store: AnnotationStore
  readonly #categories: CategoryService
  readonly #now: () => Date

  constructor(library: LibraryService, store: AnnotationStore, categories: CategoryService, now: () => Date = () => new Date()) {
    super()
    this.#library = library
    this.#store = store
    this.#categories = categories
    this.#now = now
  }

  /** Each document whose annotations were written, or reloaded after another program changed them. */
  get changes(): ChangeFeed {
    return this.#store.changes
  }

  /** A document's note and highlights placed in its text; with `before`, only those that start before that UTF-16 offset. */
  async forDocument(documentId: string, before?: number): Promise<DocumentAnnotations> {
    const { text } = await this.#library.open(documentId)
    const { note, highlights } = await this.#read(documentId, text)
    const placed = highlights.map((h) => placeHighlight(text, h)).sort(byTextOrder)
    return { documentId, note, highlights: before === undefined ? placed : placed.filter((h) => h.range !== null && h.range.start < before) }
  }

  async create(input: NewHighlight): Promise<PlacedHighlight> {
    const { meta, text } = await this.#reanchored(input.documentId)
    if (input.end > text.length || input.start >= input.end || text.slice(input.start, input.end).trim() === '') {
      throw new AppError('invalid-argument', 'Select some text of the document to highlight it.')
    }
    this.#categories.require(input.categoryId)
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
    return placeHighlight(text, highlight)
  }

  /** Puts back a highlight exactly as it was (undo of a delete). */
  async restore(highlight: Highlight): Promise<PlacedHighlight> {
    const { meta, text } = await this.#reanchored(highlight.documentId)
    await this.#store.update(highlight.documentId, meta.textHash, (file) => {
      file.highlights = [...file.highlights.filter((h) => h.id !== highlight.id), highlight]
    })
    return placeHighlight(text, highlight)
  }

  async update(documentId: string, id: string, patch: HighlightPatch): Promise<PlacedHighlight> {
    if (patch.categoryId !== undefined) this.#categories.require(patch.categoryId)
    const { text } = await this.#reanchored(documentId)
    const updated = await this.#change(documentId, id, (h) => ({
      ...h,
      categoryId: patch.categoryId ?? h.categoryId,
      tags: patch.tags === undefined ? h.tags : normalizeTags(patch.tags),
      note: patch.note ?? h.note
    }))
    return placeHighlight(text, updated)
  }

  async remove(documentId: string, id: string): Promise<Highlight> {
    const { meta, file } = await this.#writable(documentId)
    const existing = findHighlight(file, id)
    await this.#store.update(documentId, meta.textHash, (f) => {
      f.highlights = f.highlights.filter((h) => h.id !== id)
    })
    return existing
  }

  /** Attaches an orphan (or moves any highlight) to a range the user chose, refreshing its selectors. */
  async reattach(documentId: string, id: string, start: number, end: number): Promise<PlacedHighlight> {
    const { text } = await this.#reanchored(documentId)
    if (end > text.length || start >= end) throw new AppError('invalid-argument', 'Select the passage to attach the highlight to.')
    const selectors = describeRange(text, start, end)
    const updated = await this.#change(documentId, id, (h) => ({ ...h, ...selectors, orphan: null }))
    return placeHighlight(text, updated)
  }

  async list(filter: HighlightFilter): Promise<Highlight[]> {
    const stored = filter.documentId ? [await this.#read(filter.documentId)] : await this.stored()
    return stored.flatMap(({ highlights }) =>
      [...highlights].sort(byTextOrder).filter(
        (h) =>
          (!filter.categoryId || h.categoryId === filter.categoryId) &&
          (!filter.tag || hasTag(h.tags, filter.tag))
      )
    )
  }

  /** Each document's note and highlights in text order, as an export needs them: no text is read. */
  async exportable(documentIds: string[]): Promise<StoredAnnotations[]> {
    return Promise.all(
      documentIds.map(async (id) => {
        const { meta, note, highlights } = await this.#read(id)
        return { meta, note, highlights: [...highlights].sort(byTextOrder) }
      })
    )
  }

  /** The annotations of every document in the library that has any. */
  async stored(): Promise<StoredAnnotations[]> {
    const files = await this.#store.all()
    const live = files.filter((file) => this.#library.has(file.documentId) && file.highlights.length + file.note.length > 0)
    return Promise.all(live.map((file) => this.#read(file.documentId)))
  }

  /**
   * Takes in highlights from an annotation export: each is anchored in this library's text of the document the way
   * re-anchoring is (position, quote, fuzzy), or kept as an orphan; one already there (same place, same text) is skipped.
   */
  async adopt(documentId: string, incoming: ImportedHighlight[]): Promise<{ imported: number; orphaned: number }> {
    const { meta, text, file } = await this.#reanchored(documentId)
    const now = this.#timestamp()
    const fresh = incoming.filter(
      (h) => !file.highlights.some((e) => e.quote.exact === h.quote.exact && e.position.start === h.position.start)
    )
    const adopted = fresh.map((h) =>
      reanchorHighlight(text, { ...h, id: newHighlightId(), documentId, orphan: null, createdAt: now, updatedAt: now })
    )
    await this.#store.update(documentId, meta.textHash, (f) => f.highlights.push(...adopted))
    return { imported: adopted.length, orphaned: adopted.filter((h) => h.orphan).length }
  }

  async setDocumentNote(documentId: string, note: string): Promise<void> {
    const { meta } = await this.#writable(documentId)
    await this.#store.update(documentId, meta.textHash, (file) => {
      file.note = note
    })
  }

  /** Gives highlights of a document these tag lists (by highlight id), as a tag rename or its undo does; their edit time stays. */
  async retag(documentId: string, tags: ReadonlyMap<string, string[]>): Promise<void> {
    const { meta } = await this.#writable(documentId)
    await this.#store.update(documentId, meta.textHash, (file) => {
      file.highlights = file.highlights.map((h) => ({ ...h, tags: tags.get(h.id) ?? h.tags }))
    })
  }

  /**
   * The step after a document's text changed: its highlights are found again in the new text (or become orphans), and
   * the file records that text. Nothing is written when they are already placed on it.
   */
  async reanchor(documentId: string): Promise<void> {
    await this.#reanchored(documentId)
  }

  /** Removes a document from the library, and then its annotations. */
  async removeDocument(documentId: string): Promise<void> {
    await this.#library.remove(documentId)
    await this.#store.remove(documentId)
  }

  /** Removes a category that no highlight uses; a category in use must be emptied first, so no highlight loses its meaning. */
  async removeCategory(id: string): Promise<Category[]> {
    const used = (await this.list({ categoryId: id })).length
    if (used > 0) throw new AppError('conflict', `${used} ${used === 1 ? 'highlight uses' : 'highlights use'} this category; recolour them first.`)
    return this.#categories.remove(id)
  }

  /**
   * A document's annotations as they are to be read. A file still on an older text (left by a change of text that was
   * interrupted before `reanchor`, or by another program) is read re-anchored on the current text and left as it is
   * on disk: the next write, or `reanchor`, saves it so.
   */
  async #read(documentId: string, knownText?: string): Promise<StoredAnnotations> {
    const meta = this.#library.get(documentId)
    const file = await this.#store.read(documentId, meta.textHash)
    if (file.textHash === meta.textHash) return { meta, note: file.note, highlights: file.highlights }
    const text = knownText ?? (await this.#library.open(documentId)).text
    return { meta, note: file.note, highlights: file.highlights.map((h) => reanchorHighlight(text, h)) }
  }

  /** What a write that needs no text starts from: the file on the current text, re-anchored first if need be. */
  async #writable(documentId: string): Promise<{ meta: DocumentMeta; file: AnnotationFile }> {
    const meta = this.#library.get(documentId)
    const file = await this.#store.read(documentId, meta.textHash)
    return file.textHash === meta.textHash ? { meta, file } : this.#reanchored(documentId)
  }

  /** What a write that needs the text starts from; a file on an older text is re-anchored and saved first. */
  async #reanchored(documentId: string): Promise<{ meta: DocumentMeta; text: string; file: AnnotationFile }> {
    const { meta, text } = await this.#library.open(documentId)
    const file = await this.#store.read(documentId, meta.textHash)
    if (file.textHash === meta.textHash) return { meta, text, file }
    const saved = await this.#store.update(documentId, meta.textHash, (f) => {
      f.highlights = f.highlights.map((h) => reanchorHighlight(text, h))
      f.textHash = meta.textHash
    })
    return { meta, text, file: saved }
  }

  async #change(documentId: string, id: string, edit: (h: Highlight) => Highlight): Promise<Highlight> {
    const { meta, file } = await this.#writable(documentId)
    const updated = { ...edit(findHighlight(file, id)), updatedAt: this.#timestamp() }
    await this.#store.update(documentId, meta.textHash, (f) => {
      f.highlights = f.highlights.map((h) => (h.id === id ? updated : h))
    })
    return updated
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
