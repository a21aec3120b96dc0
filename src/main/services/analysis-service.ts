import { setImmediate as nextTurn } from 'node:timers/promises'
import {
  alignmentSteps,
  clusterQuotes,
  isShared,
  CorpusIndex,
  counterpartsOf,
  describeClusters,
  overviewOf,
  packFingerprint,
  type Alignment,
  type Counterpart,
  type DocumentAnalysis,
  type DocumentFingerprint,
  type IndexedDocument,
  type PackedFingerprint,
  type QuoteCluster
} from '../../shared/analysis'
import { AppError } from '../../shared/errors'
import { readerAnalysis, type ReaderAnalysis } from '../../shared/analysis/passage-list'
import type { DocumentMeta } from '../../shared/model'
import type { LibraryService } from './library-service'
import type { FingerprintCache } from '../analysis/fingerprint-cache'
import type { Fingerprinted } from '../analysis/fingerprinted'
import { fingerprintOnThisThread, type Fingerprinter } from '../analysis/fingerprinter'
import type { LibraryChange } from '../change-feed'
import { IndexService, type IndexOptions } from './index-service'

/** How the corpus was built: fingerprints computed from text, and read from the cache. */
export interface AnalysisStats {
  documents: number
  computed: number
  fromCache: number
}

/** Documents read and fingerprinted at once while building the corpus: enough to keep the disk busy. */
const BATCH = 32
/** Alignments kept: more than the panes a workspace shows at once. */
const ALIGNMENTS_KEPT = 8

/**
 * Comparative reading: boilerplate, passage alignment, shared-versus-unique shading and the quote tracker over the
 * whole library. Each document's fingerprint is computed once per text and cached on disk; the corpus index takes
 * documents one at a time, so an import or a removal costs that document alone. From boot on it follows the library's
 * changes; they run one after another in an `IndexQueue`, and queries wait for the changes before them.
 */
export class AnalysisService extends IndexService {
  readonly #library: LibraryService
  readonly #cache: FingerprintCache
  readonly #fingerprint: Fingerprinter
  readonly #index = new CorpusIndex()
  /** The text hash each indexed document was fingerprinted from. */
  readonly #hashes = new Map<string, string>()
  readonly #stats = { computed: 0, fromCache: 0 }
  #quotes: { generation: number; clusters: Promise<QuoteCluster[]> } | null = null
  /** Alignments of the documents last asked about, for the corpus's state when they were computed. */
  #alignments: { generation: number; byId: Map<string, Alignment> } = { generation: -1, byId: new Map() }

  constructor(library: LibraryService, cache: FingerprintCache, fingerprint: Fingerprinter = fingerprintOnThisThread, options: IndexOptions = {}) {
    super([library.changes], options)
    this.#library = library
    this.#cache = cache
    this.#fingerprint = fingerprint
  }

  documentAdded(id: string): Promise<void> {
    return this.queue.update(async () => {
      if (this.#library.has(id)) await this.#indexDocument(this.#library.get(id))
    })
  }

  /** A document whose text may have changed (re-decoded, re-imported); nothing is recomputed if its text is the same. */
  documentChanged(id: string): Promise<void> {
    return this.queue.update(async () => {
      if (!this.#library.has(id)) return
      const meta = this.#library.get(id)
      if (this.#hashes.get(id) !== meta.textHash) await this.#indexDocument(meta)
    })
  }

  documentRemoved(id: string): Promise<void> {
    return this.queue.update(async () => {
      const hash = this.#hashes.get(id)
      this.#index.remove(id)
      this.#hashes.delete(id)
      if (hash !== undefined) await this.#forgetUnused(hash)
    })
  }

  documentAnalysis(id: string): Promise<DocumentAnalysis> {
    return this.queue.query(async () => {
      const doc = this.#document(id)
      const { sentences, paragraphs, reuse } = await this.#alignment(doc)
      const { boilerplate, length, quotes } = doc.fingerprint
      return {
        documentId: id,
        corpusSize: this.#index.size,
        boilerplate,
        paragraphs,
        sentences,
        overview: overviewOf(length, sentences, boilerplate),
        reuse,
        quotes: quotes.map(({ start, end, text, speaker }) => ({ start, end, text, speaker }))
      }
    })
  }

  /** The analysis as the reader receives it, with its passage lists packed (see `PassageList`). */
  async readerAnalysis(id: string): Promise<ReaderAnalysis> {
    return readerAnalysis(await this.documentAnalysis(id))
  }

  /** Counterparts of the passage at [start, end) of a document (a hover is start === end). */
  counterparts(id: string, start: number, end: number): Promise<Counterpart[]> {
    return this.queue.query(async () => counterpartsOf(await this.#alignment(this.#document(id)), start, end))
  }

  /** Quote clusters across the library, computed once per state of the corpus; with `sharedOnly`, those of more than one document. */
  async quotes(sharedOnly: boolean): Promise<QuoteCluster[]> {
    await this.queue.settled()
    const generation = this.#index.generation
    if (this.#quotes?.generation !== generation) this.#quotes = { generation, clusters: this.#clusters() }
    const clusters = await this.#quotes.clusters
    return sharedOnly ? clusters.filter(isShared) : clusters
  }

  protected override keepUp({ kind, documentId }: LibraryChange): Promise<void> | null {
    if (kind === 'added') return this.documentAdded(documentId)
    if (kind === 'changed') return this.documentChanged(documentId)
    if (kind === 'removed') return this.documentRemoved(documentId)
    return null
  }

  stats(): AnalysisStats {
    return { documents: this.#index.size, ...this.#stats }
  }

  async #clusters(): Promise<QuoteCluster[]> {
    const drafts = clusterQuotes(this.#index)
    const needed = new Set(drafts.flatMap((members) => members.filter((m) => m.text === null).map((m) => m.documentId)))
    // A document removed meanwhile has no text to show; the next state of the corpus drops its members.
    const textOf = async (id: string) => [id, await this.#library.open(id).then(({ text }) => text, () => '')] as const
    const texts = new Map(await Promise.all([...needed].map(textOf)))
    return describeClusters(drafts, (id) => texts.get(id) ?? '')
  }

  /** Builds the corpus from cached fingerprints, computing the missing ones. */
  protected override async buildIndex(): Promise<void> {
    await this.#cache.boot()
    const documents = this.#library.list()
    const batches = Array.from({ length: Math.ceil(documents.length / BATCH) }, (_, at) => documents.slice(at * BATCH, (at + 1) * BATCH))
    // The next batch is read and fingerprinted while this one is indexed and written, so the worker never waits.
    let next = batches.length > 0 ? this.#fingerprints(batches[0]!) : null
    for (let at = 0; at < batches.length; at++) {
      const batch = await next!
      next = at + 1 < batches.length ? this.#fingerprints(batches[at + 1]!) : null
      const fresh: { textHash: string; file: Uint8Array }[] = []
      for (const { meta, cached, made } of batch) {
        if (cached) this.#add(meta, packFingerprint(cached))
        else if (made) {
          fresh.push({ textHash: meta.textHash, file: made.file })
          this.#add(meta, made.fingerprint)
        }
      }
      if (fresh.length > 0) await this.#cache.writeMany(fresh)
      // Cached batches do no I/O that yields; let requests in between them.
      await nextTurn()
    }
    await this.#cache.keepOnly(new Set(documents.map((meta) => meta.textHash)))
  }

  /**
   * A batch's fingerprints, from the cache or else computed. A text file gone from the data folder, or one the
   * analysis fails on, has neither and leaves its document out of the corpus, not the whole library.
   */
  #fingerprints(batch: DocumentMeta[]): Promise<{ meta: DocumentMeta; cached: DocumentFingerprint | null; made: Fingerprinted | null }[]> {
    return Promise.all(
      batch.map(async (meta) => {
        const cached = await this.#cached(meta)
        return { meta, cached, made: cached ? null : await this.#compute(meta).catch(() => null) }
      })
    )
  }

  async #indexDocument(meta: DocumentMeta): Promise<void> {
    const previous = this.#hashes.get(meta.id)
    const cached = await this.#cached(meta)
    if (cached) this.#add(meta, packFingerprint(cached))
    else {
      const made = await this.#compute(meta)
      await this.#cache.write(meta.textHash, made.file)
      this.#add(meta, made.fingerprint)
    }
    if (previous !== undefined && previous !== meta.textHash) await this.#forgetUnused(previous)
  }

  #add(meta: DocumentMeta, fingerprint: PackedFingerprint): void {
    this.#index.add(meta.id, fingerprint)
    this.#hashes.set(meta.id, meta.textHash)
  }

  async #cached(meta: DocumentMeta): Promise<DocumentFingerprint | null> {
    const fingerprint = await this.#cache.read(meta.textHash)
    if (fingerprint !== null) this.#stats.fromCache++
    return fingerprint
  }

  async #compute(meta: DocumentMeta): Promise<Fingerprinted> {
    const { text } = await this.#library.open(meta.id)
    this.#stats.computed++
    return this.#fingerprint(text).catch((error: unknown) => {
      throw new AppError('internal', `Parallax could not analyse “${meta.title}”: ${error instanceof Error ? error.message : String(error)}.`)
    })
  }

  async #forgetUnused(textHash: string): Promise<void> {
    if (![...this.#hashes.values()].includes(textHash)) await this.#cache.remove(textHash)
  }

  /**
   * A document's alignment, kept for the open panes' documents until the corpus changes: hovers ask for it often. A
   * long document's takes seconds, so other calls are answered between its steps; it runs as a query of the queue,
   * which holds changes to the corpus back meanwhile.
   */
  async #alignment(doc: IndexedDocument): Promise<Alignment> {
    if (this.#alignments.generation !== this.#index.generation) this.#alignments = { generation: this.#index.generation, byId: new Map() }
    const { byId } = this.#alignments
    let alignment = byId.get(doc.id)
    if (!alignment) {
      const steps = alignmentSteps(this.#index, doc)
      let step = steps.next()
      while (!step.done) {
        await nextTurn()
        step = steps.next()
      }
      alignment = step.value
      if (byId.size >= ALIGNMENTS_KEPT) byId.delete(byId.keys().next().value!)
      byId.set(doc.id, alignment)
    }
    return alignment
  }

  #document(id: string): IndexedDocument {
    const doc = this.#index.get(id)
    if (!doc) throw new AppError('not-found', 'That document is no longer in the library.')
    return doc
  }
}
