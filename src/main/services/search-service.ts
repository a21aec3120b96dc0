import { placeHighlight } from '../../shared/anchoring'
import type { DocumentAnnotations, DocumentMeta, Highlight } from '../../shared/model'
import type { SearchQuery, SearchResults } from '../../shared/search'
import type { AnnotationService } from './annotation-service'
import type { LibraryService } from './library-service'
import type { IndexStats } from '../search/library-index'
import { indexInThisThread, indexInWorker, type SearchIndex } from '../search/search-index'
import type { LibraryChange } from '../change-feed'
import { IndexService, type IndexOptions } from './index-service'
import { timeSlices } from '../time-slices'

/** Documents read at once while the ones before them are indexed, so the disk and the indexing overlap. */
const READ_AHEAD = 32
/** Documents sent to the index and not yet taken in, at most: a worker slower than the disk holds no more texts than these. */
const IN_FLIGHT = 256

/** What indexing a document needs, read from the library: null when the document is no longer there. */
type DocumentRead = { meta: DocumentMeta; text: string | null; annotations: DocumentAnnotations | null } | null

export interface SearchOptions extends IndexOptions {
  /** The built search-worker.js, in whose worker thread the index lives (`indexInWorker`); without it, in this thread. */
  worker?: string | URL
}

/**
 * Library search: documents' text, titles, outlets and tags, and highlights' quotes, notes and tags, indexed per
 * passage. The index is built in memory from the library, at start in the background or on first use, and kept up to
 * date by the calls below, which it makes itself from boot on for each change to the library and its annotations;
 * searches wait for the work queued before them.
 */
export class SearchService extends IndexService {
  readonly #library: LibraryService
  readonly #annotations: AnnotationService
  readonly #index: SearchIndex
  /** The documents the index holds. */
  readonly #indexed = new Set<string>()

  constructor(library: LibraryService, annotations: AnnotationService, { worker, ...options }: SearchOptions = {}) {
    super([library.changes, annotations.changes], options)
    this.#library = library
    this.#annotations = annotations
    this.#index = worker === undefined ? indexInThisThread() : indexInWorker(worker, (reason) => this.#lost(reason))
  }

  override async shutdown(): Promise<void> {
    await super.shutdown()
    await this.#index.close()
  }

  /** After an import: indexes the document, its text and any annotations it came with. */
  documentAdded(id: string): Promise<void> {
    return this.queue.update(() => this.#indexDocument(id))
  }

  /** After a metadata edit, new tags on the document or a new text (whose highlights are then re-anchored). */
  documentChanged(id: string): Promise<void> {
    return this.queue.update(() => this.#indexDocument(id))
  }

  documentRemoved(id: string): Promise<void> {
    return this.queue.update(() => this.#apply(id, null))
  }

  /** After any change to a document's highlights (created, edited, deleted, re-attached, retagged) or its note. */
  annotationsChanged(documentId: string): Promise<void> {
    return this.queue.update(async () => {
      if (!this.#indexed.has(documentId)) return this.#indexDocument(documentId)
      const annotations = await this.#annotations.forDocument(documentId).catch(() => null)
      if (annotations) await this.#index.setAnnotations(annotations)
    })
  }

  async search(query: SearchQuery): Promise<SearchResults> {
    await this.queue.settled()
    const started = performance.now()
    const results = await this.#index.search(query)
    return { ...results, tookMs: performance.now() - started }
  }

  async stats(): Promise<IndexStats> {
    await this.queue.settled()
    return await this.#index.stats()
  }

  protected override keepUp({ kind, documentId }: LibraryChange): Promise<void> {
    if (kind === 'added') return this.documentAdded(documentId)
    if (kind === 'changed') return this.documentChanged(documentId)
    if (kind === 'removed') return this.documentRemoved(documentId)
    return this.annotationsChanged(documentId)
  }

  /**
   * Indexes the whole library, letting calls in between documents (`timeSlices`); the benchmark's 10,000 documents,
   * 50 MB, 50,000 words and 50,000 highlights took 25 s on two cores, in the worker. Documents go to the index while
   * the next ones are read; no more than `IN_FLIGHT` wait there at once.
   */
  protected override async buildIndex(): Promise<void> {
    const ids = this.#library.list().map((doc) => doc.id)
    const readBatch = (from: number) => Promise.all(ids.slice(from, from + READ_AHEAD).map((id) => this.#read(id)))
    const breathe = timeSlices()
    const sent: Promise<void>[] = []
    let reading = readBatch(0)
    for (let from = 0; from < ids.length; from += READ_AHEAD) {
      const batch = await reading
      reading = readBatch(from + READ_AHEAD)
      for (const [i, read] of batch.entries()) {
        const applied = this.#apply(ids[from + i]!, read)
        // Its failure (a worker gone) is met where it is awaited, below; meanwhile it is not an unhandled rejection.
        applied.catch(() => undefined)
        sent.push(applied)
        if (sent.length > IN_FLIGHT) await sent[sent.length - 1 - IN_FLIGHT]
        await breathe()
      }
    }
    await Promise.all(sent)
    await this.#index.trim()
  }

  async #indexDocument(id: string): Promise<void> {
    await this.#apply(id, await this.#read(id))
  }

  /**
   * Reads what indexing a document needs, reading its text once: the annotations come as stored (`exportable`) and are
   * placed in the text here, where `forDocument` would read the text again. A document whose text cannot be read is
   * still found by its title.
   */
  async #read(id: string): Promise<DocumentRead> {
    if (!this.#library.has(id)) return null
    const meta = this.#library.get(id)
    const text = await this.#library.open(id).then(
      (opened) => opened.text,
      () => null
    )
    if (text === null) return { meta, text, annotations: null }
    const [stored] = await this.#annotations.exportable([id]).catch(() => [])
    return { meta, text, annotations: stored ? placed(id, text, stored) : null }
  }

  #apply(id: string, read: DocumentRead): Promise<void> {
    if (!read) {
      this.#indexed.delete(id)
      return this.#index.removeDocument(id)
    }
    this.#indexed.add(id)
    return this.#index.setDocument(read.meta, read.text, read.annotations)
  }

  /** The index's worker died: what it held is gone, so the next search builds the index again. */
  #lost(reason: string): void {
    console.error(`Parallax's search index was lost (${reason}); it is built again on the next search.`)
    this.#indexed.clear()
    this.queue.forgetBuilt()
  }
}

/** Annotations as `AnnotationService.forDocument` gives them: each highlight placed in the text in UTF-16 offsets, an orphan nowhere. */
function placed(documentId: string, text: string, stored: { note: string; highlights: Highlight[] }): DocumentAnnotations {
  return { documentId, note: stored.note, highlights: stored.highlights.map((h) => placeHighlight(text, h)) }
}
