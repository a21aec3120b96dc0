import { createHash, randomBytes } from 'node:crypto'
import { mkdir, open, readdir, readFile, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { writeFileAtomically, writeNewFiles, removeStaleTempFiles, syncFolder } from './atomic-write'
import { pack, unpack } from './content-pack'
import { PACKS_FOLDER, type MachineFolder } from './machine-folder'

export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex')
}

/** From this many contents on, `putMany` writes them as packs first; fewer go straight to their own files. */
const PACK_FROM = 8
/** A pack holds at most this much, as it is read whole when turned into files. */
const PACK_BYTES = 32 * 1024 * 1024
/** A larger content goes straight to its own file: one file more is nothing beside its bytes. */
const PACKED_CONTENT_BYTES = 4 * 1024 * 1024
/** How long after the last pack the packs are turned into files: an import sends batch after batch until it ends. */
const SETTLE_AFTER_MS = 5000
const PACK_NAME = /^[0-9a-f]{12}\.pack$/
const HASH = /^[0-9a-f]{64}$/

/** Where a content waiting in a pack lies. */
interface Packed {
  pack: string
  offset: number
  length: number
}

/**
 * Files named by the SHA-256 of their content, beside the catalog so it stays small: document texts in texts/,
 * and the bytes each document was imported from in sources/, kept for re-decoding with another encoding.
 *
 * Many contents stored at once (a batch of an import) are first written as one pack in this machine's packs/ (`machines/<id>/packs/texts/`, say), one file to create and
 * fsync where each content's own file would cost one each; they are read from there meanwhile. A few seconds after the
 * last pack, once the import is over, the packs are turned into the contents' own files (fsynced) and removed. A pack
 * left by a crash or a quick quit is turned into files at the next start.
 */
export class ContentStore {
  readonly folder: string
  readonly #extension: string
  readonly #packFolder: string
  readonly #packed = new Map<string, Packed>()
  /** The packs not yet turned into files, each with the hashes it holds. */
  readonly #packs = new Map<string, string[]>()
  #packFolderSynced = false
  #settling: Promise<void> = Promise.resolve()
  #settleTimer: NodeJS.Timeout | null = null
  readonly #settleAfterMs: number

  constructor(machine: MachineFolder, folderName: string, extension: string, settleAfterMs = SETTLE_AFTER_MS) {
    this.folder = join(machine.dataDir, folderName)
    this.#packFolder = join(machine.path, PACKS_FOLDER, folderName)
    this.#extension = extension
    this.#settleAfterMs = settleAfterMs
  }

  async boot(): Promise<void> {
    await mkdir(this.folder, { recursive: true })
    await removeStaleTempFiles(this.folder)
    const names = await readdir(this.#packFolder).catch(() => [])
    for (const name of names.filter((name) => PACK_NAME.test(name))) await this.#settlePack(join(this.#packFolder, name))
  }

  /** Stores `content` durably and returns its hash; storing content already there costs one write of the same bytes. */
  async put(content: string | Uint8Array): Promise<string> {
    const hash = sha256(content)
    await writeFileAtomically(this.#pathOf(hash), content)
    return hash
  }

  /** Stores many contents; all are on disk when this resolves. */
  async putMany(contents: (string | Uint8Array)[]): Promise<void> {
    const bytes = contents.map((content) => (typeof content === 'string' ? Buffer.from(content, 'utf8') : content))
    const packable: Uint8Array[] = []
    const alone: Uint8Array[] = []
    for (const content of bytes) (bytes.length >= PACK_FROM && content.byteLength <= PACKED_CONTENT_BYTES ? packable : alone).push(content)
    await Promise.all([
      writeNewFiles(alone.map((content) => ({ path: this.#pathOf(sha256(content)), content }))),
      ...groupsOf(packable, PACK_BYTES).map((group) => this.#writePack(group))
    ])
  }

  async #writePack(contents: Uint8Array[]): Promise<void> {
    const path = join(this.#packFolder, `${randomBytes(6).toString('hex')}.pack`)
    const packed = pack(contents)
    if (!this.#packFolderSynced) {
      await mkdir(this.#packFolder, { recursive: true })
      await syncFolder(dirname(this.#packFolder))
      this.#packFolderSynced = true
    }
    await writeNewFiles([{ path, content: packed.bytes }])
    const hashes = contents.map((content, i) => {
      const hash = sha256(content)
      this.#packed.set(hash, { pack: path, ...packed.layout[i]! })
      return hash
    })
    this.#packs.set(path, hashes)
    this.#settleSoon()
  }

  /** The content stored under `hash`, or why there is none: its file is gone, or its bytes no longer hash to its name. */
  async readChecked(hash: string): Promise<Buffer | 'missing' | 'altered'> {
    try {
      const bytes = await this.#read(hash)
      return sha256(bytes) === hash ? bytes : 'altered'
    } catch (error) {
      if (isMissing(error)) return 'missing'
      throw error
    }
  }

  /** The hashes of every content in the store: one listing of its folder, no file read. */
  async hashes(): Promise<Set<string>> {
    const names = await readdir(this.folder)
    const hashes = new Set(this.#packed.keys())
    for (const name of names) {
      const hash = name.slice(0, name.length - this.#extension.length)
      if (name.endsWith(this.#extension) && HASH.test(hash)) hashes.add(hash)
    }
    return hashes
  }

  async remove(hash: string): Promise<void> {
    // Its pack is turned into files first, so that no pack left by a crash can bring it back.
    if (this.#packed.has(hash)) await this.settle()
    await rm(this.#pathOf(hash), { force: true })
  }

  /** Turns every pack into the contents' own files; resolves once they are on disk and the packs removed. */
  settle(): Promise<void> {
    if (this.#settleTimer) clearTimeout(this.#settleTimer)
    this.#settleTimer = null
    const settled = this.#settling.catch(() => undefined).then(async () => {
      for (const path of [...this.#packs.keys()]) await this.#settlePack(path)
    })
    this.#settling = settled
    return settled
  }

  #settleSoon(): void {
    if (this.#settleTimer) clearTimeout(this.#settleTimer)
    this.#settleTimer = setTimeout(() => {
      this.settle().catch((error: unknown) => {
        console.error(`Parallax will move the texts it imported into their own files at the next start: ${String(error)}`)
      })
    }, this.#settleAfterMs).unref()
  }

  async #settlePack(path: string): Promise<void> {
    let bytes: Buffer | null = null
    try {
      bytes = await readFile(path)
    } catch (error) {
      // Gone with its data folder: there is nothing left to settle.
      if (!isMissing(error)) throw error
    }
    if (bytes) await writeNewFiles(unpack(bytes).map((content) => ({ path: this.#pathOf(sha256(content)), content })))
    for (const hash of this.#packs.get(path) ?? []) this.#packed.delete(hash)
    this.#packs.delete(path)
    await rm(path, { force: true })
  }

  async #read(hash: string): Promise<Buffer> {
    const packed = this.#packed.get(hash)
    if (packed) {
      try {
        return await readSlice(packed)
      } catch (error) {
        // The pack was turned into files meanwhile: the content is in its own file now.
        if (!isMissing(error)) throw error
      }
    }
    return readFile(this.#pathOf(hash))
  }

  #pathOf(hash: string): string {
    return join(this.folder, `${hash}${this.#extension}`)
  }
}

/** `contents` in order, cut into groups of at most `maxBytes` each (a single larger content makes a group alone). */
function groupsOf(contents: Uint8Array[], maxBytes: number): Uint8Array[][] {
  const groups: Uint8Array[][] = []
  let bytes = Infinity
  for (const content of contents) {
    if (bytes + content.byteLength > maxBytes) {
      groups.push([])
      bytes = 0
    }
    groups.at(-1)!.push(content)
    bytes += content.byteLength
  }
  return groups
}

async function readSlice({ pack, offset, length }: Packed): Promise<Buffer> {
  const file = await open(pack, 'r')
  try {
    const bytes = Buffer.alloc(length)
    const { bytesRead } = await file.read(bytes, 0, length, offset)
    return bytes.subarray(0, bytesRead)
  } finally {
    await file.close()
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT'
}
