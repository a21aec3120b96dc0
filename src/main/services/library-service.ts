import { randomBytes } from 'node:crypto'
import { basename } from 'node:path'
import { AppError } from '../../shared/errors'
import { countWords, extractMetadata } from '../../shared/metadata'
import type { DocumentDamage, DocumentEncoding, DocumentMeta, DocumentSummary, MetadataPatch, OpenedDocument } from '../../shared/model'
import { normalizeTags } from '../../shared/tags'
import { canonicalText, textHead } from '../../shared/text'
import type { CatalogStore } from '../store/catalog-store'
import { sha256, type ContentStore } from '../store/content-store'
import { ChangeFeed } from '../change-feed'
import { RecentTexts } from './recent-texts'
import { seedCorpus } from './seed-corpus'
import { Service } from './service'
import type { FoundMeta } from '../import/found-meta'
import { TakenTitles } from './taken-titles'

export interface IncomingText {
  /** The file name the text came from. */
  name: string
  bytes: Uint8Array
  text: string
  /** How `bytes` were read as `text`; left out for a text that was never a file's bytes. */
  encoding?: DocumentEncoding
  /** What a page or a Word file says of itself; it wins over what the text's first lines say. */
  found?: FoundMeta
}

/**
 * How much decoded text `open` keeps, in UTF-16 units (at most 16 MB): a 5 MB document and those beside it. More would
 * only be held through the indexes' reading of the whole library, and make their garbage collections longer.
 */
const RECENT_TEXT_UNITS = 8 * 1024 * 1024

export type AddResult = { added: DocumentMeta } | { duplicateOf: DocumentMeta }

export interface LibraryOptions {
  /** The seed corpus, imported at boot into a library that has never been seeded. */
  seedsDir?: string
  now?: () => Date
}

/**
 * The documents of the library: their metadata in the catalog, their texts in the text store. A document whose text
 * is missing or damaged stays in the library, marked, so one lost file never takes the rest of the library with it.
 */
export class LibraryService extends Service {
  readonly #catalog: CatalogStore
  readonly #texts: ContentStore
  readonly #sources: ContentStore
  readonly #seedsDir: string | undefined
  readonly #now: () => Date
  readonly #damage = new Map<string, DocumentDamage>()
  readonly #recentTexts = new RecentTexts(RECENT_TEXT_UNITS)
  /** Documents of imports under way, by text hash, until they are in the catalog: an import sent alongside sees them. */
  readonly #arriving = new Map<string, DocumentMeta>()
  /** Documents added, changed and removed, for the indexes built over the library. */
  readonly changes = new ChangeFeed()

  constructor(catalog: CatalogStore, texts: ContentStore, sources: ContentStore, options: LibraryOptions = {}) {
    super()
    this.#catalog = catalog
    this.#texts = texts
    this.#sources = sources
    this.#seedsDir = options.seedsDir
    this.#now = options.now ?? (() => new Date())
  }

  /**
   * Marks the documents whose text file is missing, then seeds a library never seeded. Finding the missing texts lists
   * the texts folder and reads no file; a text changed on disk shows when it is opened.
   */
  override async boot(): Promise<void> {
    const present = await this.#texts.hashes()
    for (const doc of this.list()) if (!present.has(doc.textHash)) this.#damage.set(doc.id, 'text-missing')
    if (this.#seedsDir !== undefined) await seedCorpus(this.#catalog, this, this.#seedsDir)
  }

  /** Puts the texts of a recent import into their own files. */
  override async shutdown(): Promise<void> {
    await Promise.all([this.#texts.settle(), this.#sources.settle()])
  }

  list(): DocumentMeta[] {
    return Object.values(this.#catalog.data.documents)
  }

  has(id: string): boolean {
    return Object.hasOwn(this.#catalog.data.documents, id)
  }

  get(id: string): DocumentMeta {
    const meta = this.has(id) ? this.#catalog.data.documents[id] : undefined
    if (!meta) throw new AppError('not-found', 'That document is no longer in the library.')
    return meta
  }

  /** The library list: each document's summary, with what is wrong with its text when something is. */
  summaries(): DocumentSummary[] {
    return this.list().map(({ id, title, outlet, date, url, wordCount, tags, sourceName }) => {
      const damaged = this.#damage.get(id)
      return { id, title, outlet, date, url, wordCount, tags, sourceName, ...(damaged && { damaged }) }
    })
  }

  /**
   * A document with its text, or with `head` only its beginning, up to that many UTF-16 units (a first screen; `length`
   * is still the whole text's). The texts read last are kept decoded: opening a document reads its text for the reader
   * and again for its highlights, and a text never changes under its hash.
   */
  async open(id: string, head?: number): Promise<OpenedDocument> {
    const meta = this.get(id)
    const text = await this.#recentTexts.get(meta.textHash, () => this.#readText(meta))
    return { meta, text: head === undefined ? text : textHead(text, head), length: text.length }
  }

  async #readText(meta: DocumentMeta): Promise<string> {
    const bytes = await this.#texts.readChecked(meta.textHash)
    if (bytes === 'missing' || bytes === 'altered') {
      const damage = bytes === 'missing' ? 'text-missing' : 'text-altered'
      this.#damage.set(meta.id, damage)
      throw new AppError('not-found', damageMessage(meta.title, damage))
    }
    this.#damage.delete(meta.id)
    return bytes.toString('utf8')
  }

  /**
   * Adds decoded texts in one step: every text file is on disk before the one catalog write that lists them all,
   * so an interrupted add leaves no half-imported document. A text already in the library is not added twice.
   */
  async addMany(incoming: IncomingText[]): Promise<AddResult[]> {
    const present = [...this.list(), ...this.#arriving.values()]
    const known = new Map(present.map((doc) => [doc.textHash, doc]))
    const titles = new TakenTitles(present)
    const results: AddResult[] = []
    const added: { meta: DocumentMeta; textBytes: Uint8Array; item: IncomingText }[] = []
    const repaired: Uint8Array[] = []
    for (const item of incoming) {
      const text = canonicalText(item.text)
      const textBytes = Buffer.from(text, 'utf8')
      const textHash = sha256(textBytes)
      const existing = known.get(textHash)
      if (existing) {
        // The same text again is how a document with a lost or damaged text gets it back.
        if (this.#damage.delete(existing.id)) repaired.push(textBytes)
        results.push({ duplicateOf: existing })
        continue
      }
      // A file that was already UTF-8 text as Parallax keeps it is its text's bytes, and hashes as they do.
      const sourceHash = Buffer.compare(textBytes, item.bytes) === 0 ? textHash : sha256(item.bytes)
      const meta = this.#describe(item, text, { textHash, sourceHash })
      meta.title = titles.distinct(meta)
      titles.add(meta)
      known.set(textHash, meta)
      added.push({ meta, textBytes, item })
      results.push({ added: meta })
    }
    for (const { meta } of added) this.#arriving.set(meta.textHash, meta)
    try {
      // Such a file's bytes are its text file, not stored twice.
      const sources = added.filter(({ meta }) => meta.sourceHash !== meta.textHash).map(({ item }) => item.bytes)
      await Promise.all([this.#texts.putMany([...added.map(({ textBytes }) => textBytes), ...repaired]), this.#sources.putMany(sources)])
      if (added.length > 0) {
        await this.#catalog.apply({ documents: Object.fromEntries(added.map(({ meta }) => [meta.id, meta])) })
      }
    } finally {
      for (const { meta } of added) this.#arriving.delete(meta.textHash)
    }
    for (const { meta } of added) this.changes.emit({ kind: 'added', documentId: meta.id })
    return results
  }

  #describe(item: IncomingText, text: string, hashes: Pick<DocumentMeta, 'textHash' | 'sourceHash'>): DocumentMeta {
    const extracted = extractMetadata(text, item.name)
    const found = item.found
    const now = this.#now().toISOString()
    return {
      id: newDocumentId(),
      title: found?.title ?? extracted.title,
      author: found?.author ?? null,
      outlet: found?.outlet ?? extracted.outlet,
      date: found?.date ?? extracted.date,
      url: found?.url ?? null,
      wordCount: extracted.wordCount,
      tags: [],
      sourceName: basename(item.name),
      ...hashes,
      encoding: item.encoding ?? null,
      addedAt: now,
      updatedAt: now
    }
  }

  async updateMeta(id: string, patch: MetadataPatch): Promise<DocumentMeta> {
    const updated: DocumentMeta = { ...this.get(id), updatedAt: this.#now().toISOString() }
    if (patch.title !== undefined) updated.title = patch.title
    if (patch.author !== undefined) updated.author = patch.author || null
    if (patch.outlet !== undefined) updated.outlet = patch.outlet || null
    if (patch.date !== undefined) updated.date = patch.date
    if (patch.url !== undefined) updated.url = patch.url
    await this.#catalog.apply({ documents: { [id]: updated } })
    this.changes.emit({ kind: 'changed', documentId: id })
    return updated
  }

  /**
   * Gives a document a new text (re-decoded or re-imported). The old text file stays until nothing refers to it. Its
   * highlights are the annotations' to move: the caller follows this with `AnnotationService.reanchor`.
   */
  /** Gives a document a new text, read from its source bytes again in `encoding` when that changed. */
  async replaceText(id: string, rawText: string, encoding?: DocumentEncoding): Promise<DocumentMeta> {
    const previous = this.get(id)
    const text = canonicalText(rawText)
    const textHash = await this.#texts.put(text)
    const updated: DocumentMeta = {
      ...previous,
      textHash,
      wordCount: countWords(text),
      encoding: encoding ?? previous.encoding,
      updatedAt: this.#now().toISOString()
    }
    await this.#catalog.apply({ documents: { [id]: updated } })
    if (!this.#inUse(previous.textHash)) await this.#texts.remove(previous.textHash)
    this.changes.emit({ kind: 'changed', documentId: id })
    return updated
  }

  async setTags(id: string, tags: string[]): Promise<DocumentMeta> {
    const updated: DocumentMeta = { ...this.get(id), tags: normalizeTags(tags), updatedAt: this.#now().toISOString() }
    await this.#catalog.apply({ documents: { [id]: updated } })
    this.changes.emit({ kind: 'changed', documentId: id })
    return updated
  }

  /** Gives documents these tag lists (by document id) in one write, as a tag rename or its undo does; their edit time stays. */
  async retag(tags: ReadonlyMap<string, string[]>): Promise<void> {
    const ids = [...tags.keys()].filter((id) => this.has(id))
    if (ids.length === 0) return
    const documents = this.#catalog.data.documents
    await this.#catalog.apply({ documents: Object.fromEntries(ids.map((id) => [id, { ...documents[id]!, tags: tags.get(id)! }])) })
    for (const id of ids) this.changes.emit({ kind: 'changed', documentId: id })
  }

  async remove(id: string): Promise<void> {
    const meta = this.get(id)
    await this.#catalog.apply({ documents: { [id]: null } })
    this.#damage.delete(id)
    for (const hash of new Set([meta.textHash, meta.sourceHash])) {
      if (!this.#inUse(hash)) await Promise.all([this.#texts.remove(hash), this.#sources.remove(hash)])
    }
    this.changes.emit({ kind: 'removed', documentId: id })
  }

  /**
   * The bytes a document was imported from, for decoding them again with another encoding: in sources/, or for a file
   * that was already UTF-8 text as Parallax keeps it, the text file of the same hash.
   */
  async sourceBytes(id: string): Promise<Uint8Array> {
    const { sourceHash } = this.get(id)
    for (const store of [this.#sources, this.#texts]) {
      const bytes = await store.readChecked(sourceHash)
      if (bytes instanceof Uint8Array) return bytes
    }
    throw new AppError('not-found', 'The original file of this document is no longer in the data folder, so it cannot be decoded again.')
  }

  /** Whether a document still needs the content of this hash, as its text or as the bytes it was imported from. */
  #inUse(hash: string): boolean {
    return this.list().some((doc) => doc.textHash === hash || doc.sourceHash === hash)
  }
}

function damageMessage(title: string, damage: DocumentDamage): string {
  return damage === 'text-missing'
    ? `The text of "${title}" is missing from the data folder; import its file again to restore it.`
    : `The text of "${title}" was changed or damaged outside Parallax; import its file again to restore it.`
}

function newDocumentId(): string {
  return `d_${randomBytes(8).toString('hex')}`
}
