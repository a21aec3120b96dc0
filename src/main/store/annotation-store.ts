import { mkdir, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { z } from 'zod'
import { highlightSchema } from '../../shared/contract'
import { AppError } from '../../shared/errors'
import type { Highlight } from '../../shared/model'
import { removeStaleTempFiles } from './atomic-write'
import { DurableJsonFile } from './durable-json-file'

/** One document's annotations. One file per document keeps an edit's write small however large the library grows. */
export interface AnnotationFile {
  schemaVersion: 1
  documentId: string
  /** The text the positions were computed on; when the document's text changes, its highlights are re-anchored. */
  textHash: string
  note: string
  highlights: Highlight[]
}

const fileSchema = z.object({
  schemaVersion: z.literal(1),
  documentId: z.string(),
  textHash: z.string(),
  note: z.string(),
  highlights: z.array(highlightSchema)
})

const FILE_NAME = /^(d_[a-z0-9]+)\.json$/

/** Owns the annotations/ folder: one lowdb database per document, opened on first use and kept open. */
export class AnnotationStore {
  readonly folder: string
  /** Promises, not databases: two calls that open the same file at once must share one database, or one write is lost. */
  readonly #open = new Map<string, Promise<Low<AnnotationFile>>>()
  #allLoaded = false

  constructor(dataDir: string) {
    this.folder = join(dataDir, 'annotations')
  }

  async boot(): Promise<void> {
    await mkdir(this.folder, { recursive: true })
    await removeStaleTempFiles(this.folder)
  }

  /** The document's annotations; a document without any gets an empty set, written only on its first change. */
  async read(documentId: string, textHash: string): Promise<AnnotationFile> {
    return (await this.#db(documentId, textHash)).data
  }

  /** Applies `change` and resolves once the file holding it is on disk. */
  async update(documentId: string, textHash: string, change: (file: AnnotationFile) => void): Promise<AnnotationFile> {
    const db = await this.#db(documentId, textHash)
    change(db.data)
    await db.write()
    return db.data
  }

  /** Every document's annotations, for corpus-wide views; files are read once and then served from memory. */
  async all(): Promise<AnnotationFile[]> {
    if (!this.#allLoaded) {
      const names = await readdir(this.folder)
      for (const name of names) {
        const documentId = FILE_NAME.exec(name)?.[1]
        if (documentId && !this.#open.has(documentId)) await this.#db(documentId, '')
      }
      this.#allLoaded = true
    }
    return (await Promise.all(this.#open.values())).map((db) => db.data)
  }

  async remove(documentId: string): Promise<void> {
    this.#open.delete(documentId)
    await rm(join(this.folder, `${documentId}.json`), { force: true })
  }

  #db(documentId: string, textHash: string): Promise<Low<AnnotationFile>> {
    const cached = this.#open.get(documentId)
    if (cached) return cached
    const opening = this.#load(documentId, textHash)
    this.#open.set(documentId, opening)
    opening.catch(() => this.#open.delete(documentId))
    return opening
  }

  async #load(documentId: string, textHash: string): Promise<Low<AnnotationFile>> {
    const file = new DurableJsonFile<AnnotationFile>(join(this.folder, `${documentId}.json`))
    const empty: AnnotationFile = { schemaVersion: 1, documentId, textHash, note: '', highlights: [] }
    const db = new Low<AnnotationFile>(file, empty)
    let raw: unknown
    try {
      raw = await file.read()
    } catch {
      throw new AppError('internal', `The annotations file ${file.path} cannot be read: it is not valid JSON.`)
    }
    if (raw !== null) {
      const parsed = fileSchema.safeParse(raw)
      if (!parsed.success) throw new AppError('internal', `The annotations file ${file.path} is not in a form Parallax can read.`)
      db.data = parsed.data
    }
    return db
  }
}
