import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomically, writeNewFiles, removeStaleTempFiles } from './atomic-write'

export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex')
}

/**
 * Files named by the SHA-256 of their content, beside the catalog so it stays small: document texts in texts/,
 * and the bytes each document was imported from in sources/, kept for re-decoding with another encoding.
 */
export class ContentStore {
  readonly folder: string
  readonly #extension: string

  constructor(dataDir: string, folderName: string, extension: string) {
    this.folder = join(dataDir, folderName)
    this.#extension = extension
  }

  async boot(): Promise<void> {
    await mkdir(this.folder, { recursive: true })
    await removeStaleTempFiles(this.folder)
  }

  /** Stores `content` durably and returns its hash; storing content already there costs one write of the same bytes. */
  async put(content: string | Uint8Array): Promise<string> {
    const hash = sha256(content)
    await writeFileAtomically(this.#pathOf(hash), content)
    return hash
  }

  /** Stores many contents; all are on disk when this resolves. */
  async putMany(contents: (string | Uint8Array)[]): Promise<void> {
    await writeNewFiles(contents.map((content) => ({ path: this.#pathOf(sha256(content)), content })))
  }

  /** The content stored under `hash`, or why there is none: its file is gone, or its bytes no longer hash to its name. */
  async readChecked(hash: string): Promise<Buffer | 'missing' | 'altered'> {
    try {
      const bytes = await readFile(this.#pathOf(hash))
      return sha256(bytes) === hash ? bytes : 'altered'
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing'
      throw error
    }
  }

  /** The hashes of every content in the store: one listing of its folder, no file read. */
  async hashes(): Promise<Set<string>> {
    const names = await readdir(this.folder)
    return new Set(names.filter((name) => name.endsWith(this.#extension)).map((name) => name.slice(0, name.length - this.#extension.length)))
  }

  readBytes(hash: string): Promise<Uint8Array> {
    return readFile(this.#pathOf(hash))
  }

  async remove(hash: string): Promise<void> {
    await rm(this.#pathOf(hash), { force: true })
  }

  #pathOf(hash: string): string {
    return join(this.folder, `${hash}${this.#extension}`)
  }
}
