import { createHash } from 'node:crypto'
import { mkdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomically, removeStaleTempFiles } from './atomic-write'

export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex')
}

/** Document texts, one file each, named by the SHA-256 of their content so the catalog stays small. */
export class TextStore {
  readonly folder: string

  constructor(dataDir: string) {
    this.folder = join(dataDir, 'texts')
  }

  async boot(): Promise<void> {
    await mkdir(this.folder, { recursive: true })
    await removeStaleTempFiles(this.folder)
  }

  /** Stores `text` durably and returns its hash; storing a text already there costs one write of the same bytes. */
  async put(text: string): Promise<string> {
    const hash = sha256(text)
    await writeFileAtomically(this.#pathOf(hash), text)
    return hash
  }

  async read(hash: string): Promise<string> {
    return readFile(this.#pathOf(hash), 'utf8')
  }

  async remove(hash: string): Promise<void> {
    await rm(this.#pathOf(hash), { force: true })
  }

  #pathOf(hash: string): string {
    return join(this.folder, `${hash}.txt`)
  }
}
