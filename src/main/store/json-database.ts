import { join } from 'node:path'
import { Low } from 'lowdb'
import { Backups } from './backups'
import { DataNotices } from './data-notices'
import { DurableJsonFile } from './durable-json-file'
import { moveAside, recoveryNotice } from './recovery'

/** What a kind of data file holds and how to read it. */
export interface JsonFormat<T> {
  /** Brings what a file holds to the current shape, or gives null when it does not fit; throws an AppError to refuse a file outright. */
  read: (raw: unknown) => { data: T; upgraded: boolean } | null
  empty: () => T
  /** How messages name a file of this kind, from its path inside the data folder. */
  label: (relative: string) => string
}

/** What every database in the data folder shares: where it is, its backups, where notices go, the clock. */
export interface DataFolder {
  dataDir: string
  backups: Backups
  notices: DataNotices
  now: () => Date
}

type Readout<T> = { data: T; upgraded: boolean } | { problem: 'not-json' | 'not-valid' }

/** Reads a file's text as `format`; throws only when the format refuses the file. */
function readout<T>(format: JsonFormat<T>, text: string): Readout<T> {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { problem: 'not-json' }
  }
  return format.read(raw) ?? { problem: 'not-valid' }
}

/** Whether `text` is a file `format` reads as it is: what a backup must be to be restored. */
export function isReadable<T>(format: JsonFormat<T>, text: string): boolean {
  try {
    return !('problem' in readout(format, text))
  } catch {
    return false
  }
}

interface Pending<T> {
  change: (data: T) => void
  /** The number of the adapter's `write` call that carries this change. */
  write: number
}

/**
 * One JSON file of the data folder in memory. Opening it sets a damaged file right (moved aside, newest good backup
 * restored). Changes another program makes to it while it is open are taken in: the file is reloaded and the changes
 * not yet on disk are applied again on top, so neither side's edit is lost. A change whose write fails is taken back:
 * what is in memory becomes the file on disk again, with only the changes still on their way applied on top.
 */
export class JsonDatabase<T> {
  readonly relative: string
  readonly #folder: DataFolder
  readonly #format: JsonFormat<T>
  readonly #file: DurableJsonFile<T>
  readonly #db: Low<T>
  /** Changes made in memory whose write has not yet settled, oldest first. */
  readonly #unsaved: Pending<T>[] = []
  #created = false

  private constructor(folder: DataFolder, relative: string, format: JsonFormat<T>) {
    this.#folder = folder
    this.relative = relative
    this.#format = format
    this.#file = new DurableJsonFile<T>(join(folder.dataDir, relative), {
      onChangedOnDisk: (text) => this.#takeIn(text),
      onWriteFailed: (durable, included) => this.#rollBack(durable, included)
    })
    this.#db = new Low(this.#file, format.empty())
  }

  /** Opens the file at `relative` in the data folder; `upgraded` says its contents changed shape and should be written back. */
  static async open<T>(folder: DataFolder, relative: string, format: JsonFormat<T>): Promise<{ database: JsonDatabase<T>; upgraded: boolean }> {
    const database = new JsonDatabase(folder, relative, format)
    const text = await database.#file.readText()
    database.#created = text === null
    if (text === null) return { database, upgraded: false }
    const read = readout(format, text)
    if ('problem' in read) {
      await database.#recover(read.problem)
      return { database, upgraded: false }
    }
    database.#db.data = read.data
    return { database, upgraded: read.upgraded }
  }

  /** True when there was no file at open. */
  get created(): boolean {
    return this.#created
  }

  get data(): T {
    return this.#db.data
  }

  /** Applies `change` and resolves once the file holding it is on disk. */
  async update(change: (data: T) => void): Promise<void> {
    const pending = { change, write: Infinity }
    this.#unsaved.push(pending)
    try {
      change(this.#db.data)
      const written = this.#db.write()
      pending.write = this.#file.requested
      await written
    } finally {
      this.#unsaved.splice(this.#unsaved.indexOf(pending), 1)
    }
  }

  /** Writes what is in memory, as it is. */
  write(): Promise<void> {
    return this.#db.write()
  }

  /** Takes in a change another program made to the file; resolves true when there was one. */
  refresh(): Promise<boolean> {
    return this.#file.refresh()
  }

  async #recover(problem: 'not-json' | 'not-valid'): Promise<void> {
    const { dataDir, backups, notices, now } = this.#folder
    const movedTo = await moveAside(dataDir, this.relative, now())
    const backup = await backups.newestGood(this.relative, (text) => isReadable(this.#format, text))
    const restored = backup ? readout(this.#format, backup.text) : null
    this.#db.data = restored && !('problem' in restored) ? restored.data : this.#format.empty()
    await this.#db.write()
    notices.add(recoveryNotice(this.relative, this.#format.label(this.relative), problem, movedTo, backup?.takenAt ?? null))
  }

  /**
   * What to hold once a write holding the first `included` writes failed: the file as last read or written, with the
   * changes of later writes applied again. The refused ones are gone from memory, so no later write carries them.
   */
  #rollBack(durable: string | null, included: number): T {
    const read = durable === null ? null : readout(this.#format, durable)
    const data = read === null || 'problem' in read ? this.#format.empty() : read.data
    for (const { change, write } of this.#unsaved) if (write > included) change(data)
    this.#db.data = data
    return data
  }

  /** What to hold once another program has changed the file to `text`. */
  async #takeIn(text: string | null): Promise<T> {
    const { dataDir, notices, now } = this.#folder
    const label = this.#format.label(this.relative)
    if (text === null) return this.#db.data
    const read = readout(this.#format, text)
    if ('problem' in read) {
      const movedTo = await moveAside(dataDir, this.relative, now())
      const message = `${label} was changed by another program into something Parallax cannot read, so Parallax moved that version to ${movedTo} and kept its own.`
      notices.add({ kind: 'conflict', file: this.relative, movedTo, message })
      return this.#db.data
    }
    for (const { change } of this.#unsaved) change(read.data)
    this.#db.data = read.data
    notices.add({ kind: 'reloaded', file: this.relative, message: `${label} was changed by another program while Parallax was running, and Parallax took the change in.` })
    return read.data
  }
}

/** A data folder for a store opened outside the container (a test, a tool): its backups are used for recovery, none are taken. */
export function standaloneFolder(dataDir: string): DataFolder {
  return { dataDir, backups: new Backups(dataDir, []), notices: new DataNotices(), now: () => new Date() }
}
