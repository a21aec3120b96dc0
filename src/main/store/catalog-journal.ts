import { mkdir, open, readdir, readFile, type FileHandle } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { CatalogEdit } from './catalog-edit'
import { syncFolder, writeFileAtomically } from './atomic-write'
import { JOURNAL_FOLDER, JOURNAL_SUFFIX, readJournalLine } from './formats/catalog-journal'

/** One edit of a machine's journal, with its clock. */
export interface JournalRecord {
  machine: string
  clock: string
  edit: CatalogEdit
}

/** What one machine's journal file holds. */
export interface JournalFileRead {
  machine: string
  /** Its path inside the data folder. */
  relative: string
  records: JournalRecord[]
  /** The bytes up to the end of its last good line: past them is a last line a crash cut short, to be cut off. */
  goodBytes: number
  /** True when a line before the last cannot be read: the file is damaged, not merely cut short. */
  damaged: boolean
  /** The newest line format found in it, when a newer Parallax wrote a line. */
  newer: number | null
}

/** The path inside the data folder of machine `machine`'s journal. */
export function journalFile(machine: string): string {
  return `${JOURNAL_FOLDER}/${machine}${JOURNAL_SUFFIX}`
}

/** Reads every machine's journal in the data folder at `dataDir`: this machine's and those a sync tool brought. */
export async function readJournals(dataDir: string): Promise<JournalFileRead[]> {
  const names = await readdir(join(dataDir, JOURNAL_FOLDER)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  const files = names.filter((name) => name.endsWith(JOURNAL_SUFFIX)).sort()
  return Promise.all(files.map(async (name) => readJournal(dataDir, name.slice(0, -JOURNAL_SUFFIX.length))))
}

async function readJournal(dataDir: string, machine: string): Promise<JournalFileRead> {
  const relative = journalFile(machine)
  const lines = (await readFile(join(dataDir, relative), 'utf8')).split('\n')
  // What follows the last newline: nothing, or a line a crash cut short.
  lines.pop()
  const read: JournalFileRead = { machine, relative, records: [], goodBytes: 0, damaged: false, newer: null }
  let bytes = 0
  for (const [index, text] of lines.entries()) {
    bytes += Buffer.byteLength(text) + 1
    const found = readJournalLine(text)
    if (found !== null && 'newer' in found) read.newer = Math.max(read.newer ?? 0, found.newer)
    else if (found !== null) {
      read.records.push({ machine, clock: found.clock, edit: found.edit })
      read.goodBytes = bytes
    } else if (index < lines.length - 1) read.damaged = true
  }
  return read
}

/** Where one machine appends its edits, each durable once `append` resolves. */
export interface JournalAppender {
  /** Appends `text` (whole lines) with one write and one fsync. */
  append(text: string): Promise<void>
  /** Makes the file hold exactly `text` (nothing: emptied in place; else replaced atomically), and lets go of it until the next append. */
  rewrite(text: string): Promise<void>
  close(): Promise<void>
}

/**
 * Opens this machine's journal at `path` for appending, made if need be; whatever follows its first `goodBytes` (a line
 * a crash cut short) is cut off first.
 */
export async function openJournalFile(path: string, goodBytes: number): Promise<JournalAppender> {
  return JournalFile.open(path, goodBytes)
}

/**
 * The journal file, kept open for appending while edits come; once folded into catalog.json and emptied it is let go
 * of, so an idle Parallax holds no file open for writing (a disk with one cannot be remounted read-only, say).
 */
class JournalFile implements JournalAppender {
  readonly #path: string
  #handle: FileHandle | null
  /** The bytes of whole lines on disk: what a failed append is cut back to. */
  #size: number
  /** True while bytes past #size may be on disk (an append that failed and could not be undone yet). */
  #mayHaveTail: boolean

  private constructor(path: string, handle: FileHandle | null, size: number, mayHaveTail: boolean) {
    this.#path = path
    this.#handle = handle
    this.#size = size
    this.#mayHaveTail = mayHaveTail
  }

  static async open(path: string, goodBytes: number): Promise<JournalFile> {
    const folder = dirname(path)
    // A new file, in a new folder, is durable once the folders holding it are.
    if ((await mkdir(folder, { recursive: true })) !== undefined) await syncFolder(dirname(folder))
    const handle = await open(path, 'a')
    const { size } = await handle.stat()
    if (size === 0) await syncFolder(folder)
    return new JournalFile(path, handle, goodBytes, size > goodBytes)
  }

  async append(text: string): Promise<void> {
    if (this.#mayHaveTail) await this.#cutTail()
    try {
      this.#mayHaveTail = true
      const handle = await this.#opened()
      await handle.appendFile(text)
      await handle.datasync()
    } catch (error) {
      await this.#cutTail().catch(() => undefined)
      throw error
    }
    this.#mayHaveTail = false
    this.#size += Buffer.byteLength(text)
  }

  async rewrite(text: string): Promise<void> {
    if (text === '') {
      const handle = await this.#opened()
      await handle.truncate(0)
      await handle.datasync()
    } else {
      await this.close()
      await writeFileAtomically(this.#path, text)
    }
    this.#size = Buffer.byteLength(text)
    this.#mayHaveTail = false
    await this.close()
  }

  async close(): Promise<void> {
    const handle = this.#handle
    this.#handle = null
    await handle?.close()
  }

  async #opened(): Promise<FileHandle> {
    this.#handle ??= await open(this.#path, 'a')
    return this.#handle
  }

  async #cutTail(): Promise<void> {
    const handle = await this.#opened()
    await handle.truncate(this.#size)
    await handle.datasync()
    this.#mayHaveTail = false
  }
}
