import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { removeStaleTempFiles } from './atomic-write'
import { ChangeFeed } from '../change-feed'
import { ANNOTATION_FILE_NAME, ANNOTATIONS_FOLDER, annotationFormat, type AnnotationFile } from './formats/annotations'
import { dataFolder } from './data-folder'
import { JsonDatabase, type DataFolder } from './json-database'

export type { AnnotationFile }

/**
 * Owns the annotations/ folder: one database per document, opened on first use and kept open. A file found damaged
 * when it is opened is moved to damaged/ and replaced by its newest good backup.
 */
export class AnnotationStore {
  readonly folder: string
  /** Each document whose annotations were written, or reloaded after another program changed them. */
  readonly changes = new ChangeFeed()
  readonly #folder: DataFolder
  /** Promises, not databases: two calls that open the same file at once must share one database, or one write is lost. */
  readonly #open = new Map<string, Promise<JsonDatabase<AnnotationFile>>>()
  #allLoaded = false

  constructor(dataDir: string, folder: DataFolder = dataFolder(dataDir)) {
    this.folder = join(dataDir, ANNOTATIONS_FOLDER)
    this.#folder = folder
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
    return ANNOTATION_FILE_NAME.exec(name)?.[1]
  }

  #db(documentId: string, textHash: string): Promise<JsonDatabase<AnnotationFile>> {
    const cached = this.#open.get(documentId)
    if (cached) return cached
    const relative = `${ANNOTATIONS_FOLDER}/${documentId}.json`
    const opening = JsonDatabase.open(this.#folder, relative, annotationFormat(documentId, textHash))
    this.#open.set(documentId, opening)
    opening.catch(() => this.#open.delete(documentId))
    return opening
  }
}
