import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { highlightSchema } from '../../shared/contract/calls'
import type { Highlight } from '../../shared/model'
import { removeStaleTempFiles } from './atomic-write'
import { ChangeFeed } from '../change-feed'
import type { BackedUpFiles } from './backups'
import { isReadable, JsonDatabase, standaloneFolder, type DataFolder, type JsonFormat } from './json-database'

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

function annotationFormat(documentId: string, textHash: string): JsonFormat<AnnotationFile> {
  return {
    read: (raw) => {
      const version = typeof raw === 'object' && raw !== null && 'schemaVersion' in raw ? raw.schemaVersion : undefined
      if (typeof version === 'number' && version > 1) return { newer: version }
      const parsed = fileSchema.safeParse(raw)
      return parsed.success ? { data: parsed.data, upgraded: false } : null
    },
    latest: 1,
    empty: () => ({ schemaVersion: 1, documentId, textHash, note: '', highlights: [] }),
    label: (relative) => `The notes file ${relative}`
  }
}

/** How backups tell a good annotations file from a damaged one. */
export const ANNOTATION_BACKUPS: BackedUpFiles = {
  folder: 'annotations',
  name: FILE_NAME,
  isGood: (text) => isReadable(annotationFormat('', ''), text)
}

/**
 * Owns the annotations/ folder: one database per document, opened on first use and kept open. A file found damaged
 * when it is opened is moved to damaged/ and replaced by its newest good backup.
 */
export class AnnotationStore {
  readonly folder: string
  /** Each document whose annotations were written, or reloaded after another program changed them. */
  readonly changes = new ChangeFeed()
  readonly #dataFolder: DataFolder
  /** Promises, not databases: two calls that open the same file at once must share one database, or one write is lost. */
  readonly #open = new Map<string, Promise<JsonDatabase<AnnotationFile>>>()
  #allLoaded = false

  constructor(dataDir: string, dataFolder: DataFolder = standaloneFolder(dataDir)) {
    this.folder = join(dataDir, 'annotations')
    this.#dataFolder = dataFolder
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
    await db.update(change)
    this.changes.emit({ kind: 'annotated', documentId })
    return db.data
  }

  /** Every document's annotations, for corpus-wide views; files are read once and then served from memory. */
  async all(): Promise<AnnotationFile[]> {
    if (!this.#allLoaded) {
      const names = await readdir(this.folder)
      for (const name of names) {
        const documentId = AnnotationStore.documentOf(name)
        if (documentId && !this.#open.has(documentId)) await this.#db(documentId, '')
      }
      this.#allLoaded = true
    }
    return (await Promise.all(this.#open.values())).map((db) => db.data)
  }

  /** Deletes a document's annotations; a file a newer Parallax wrote is moved to damaged/ instead. */
  async remove(documentId: string): Promise<void> {
    const db = await this.#db(documentId, '')
    this.#open.delete(documentId)
    await db.remove()
  }

  /** Takes in a change another program made to a document's file, if it is open; resolves true when there was one. */
  async refresh(documentId: string): Promise<boolean> {
    const opening = this.#open.get(documentId)
    const changed = opening ? await (await opening).refresh() : false
    if (changed) this.changes.emit({ kind: 'annotated', documentId })
    return changed
  }

  /** The document whose file `name` (in annotations/) is, or undefined for a name that is not an annotations file. */
  static documentOf(name: string): string | undefined {
    return FILE_NAME.exec(name)?.[1]
  }

  #db(documentId: string, textHash: string): Promise<JsonDatabase<AnnotationFile>> {
    const cached = this.#open.get(documentId)
    if (cached) return cached
    const relative = `annotations/${documentId}.json`
    const opening = JsonDatabase.open(this.#dataFolder, relative, annotationFormat(documentId, textHash)).then(({ database }) => database)
    this.#open.set(documentId, opening)
    opening.catch(() => this.#open.delete(documentId))
    return opening
  }
}
