import { mkdir, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { Low } from 'lowdb'
import type { Backups } from './backups'
import type { DataNotices } from './data-notices'
import { DurableJsonFile, type TakenIn } from './durable-json-file'
import { heldError, heldNotice, type HeldFiles } from './held-files'
import type { MachineFolder } from './machine-folder'
import { moveAside, recoveryNotice } from './recovery'

/** What a kind of data file holds and how to read it. */
export interface JsonFormat<T> {
  /** Brings what a file holds to the current shape; gives the file's format when a newer Parallax wrote it, or null when it does not fit. */
  read: (raw: unknown) => { data: T; upgraded: boolean } | { newer: number } | null
  /** The newest format this Parallax reads. */
  latest: number
  empty: () => T
  /** How messages name a file of this kind, from its path inside the data folder. */
  label: (relative: string) => string
}

/** What every database in the data folder shares: where it is, this machine's folder in it, its backups, where notices go, the clock. */
export interface DataFolder {
  dataDir: string
  machine: MachineFolder
  backups: Backups
  notices: DataNotices
  held: HeldFiles
  now: () => Date
}

type Readout<T> = { data: T; upgraded: boolean } | { newer: number } | { problem: 'not-json' | 'not-valid' }

/** Reads a file's text as `format`. */
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
  return 'data' in readout(format, text)
}

export interface JsonDatabaseOptions<T> {
  /**
   * Called with what the file holds each time it becomes what is in memory (read at open, taken in from another
   * program, gone back to after a failed write, restored from a backup), to apply on top what the file does not hold yet:
   * the catalog's journal.
   */
  replay?: (data: T) => void
}

interface Pending<T> {
  change: (data: T) => void
  /** The number of the adapter's `write` call that carries this change. */
  write: number
}

/**
 * One JSON file of the data folder in memory. Opening it sets a damaged file right (moved aside, newest good backup
 * restored), once it has been quiet for a moment. Changes another program makes to it while it is open are taken in: the file is reloaded and the changes
 * not yet on disk are applied again on top, so neither side's edit is lost; a change that leaves the file unreadable is
 * given a moment to finish first. A file written by a newer Parallax is held: left as it is, every edit refused, until
 * the user chooses this Parallax's copy instead. A change whose write fails is taken back: what is in memory becomes the
 * file on disk again, with only the changes still on their way applied on top.
 */
export class JsonDatabase<T> {
  readonly relative: string
  readonly #folder: DataFolder
  readonly #format: JsonFormat<T>
  readonly #file: DurableJsonFile<T>
  readonly #db: Low<T>
  /** Changes made in memory whose write has not yet settled, oldest first. */
  readonly #unsaved: Pending<T>[] = []
  readonly #replay: (data: T) => void
  #created = false
  #held: number | null = null

  private constructor(folder: DataFolder, relative: string, format: JsonFormat<T>, options: JsonDatabaseOptions<T>) {
    this.#folder = folder
    this.#replay = options.replay ?? (() => undefined)
    this.relative = relative
    this.#format = format
    this.#file = new DurableJsonFile<T>(join(folder.dataDir, relative), {
      onChangedOnDisk: (text, settled) => this.#takeIn(text, settled),
      onWriteFailed: (durable, included) => this.#rollBack(durable, included)
    })
    this.#db = new Low(this.#file, format.empty())
  }

  /**
   * Opens the file at `relative` in the data folder, making its folder (this machine's, say) if need be; one of an older
   * format is migrated and written back in the newest.
   */
  static async open<T>(folder: DataFolder, relative: string, format: JsonFormat<T>, options: JsonDatabaseOptions<T> = {}): Promise<JsonDatabase<T>> {
    await mkdir(dirname(join(folder.dataDir, relative)), { recursive: true })
    const database = new JsonDatabase(folder, relative, format, options)
    let text = await database.#file.readText()
    // An unreadable file may be one another program is still writing: it is judged once it has been quiet.
    if (text !== null && 'problem' in readout(format, text)) text = await database.#file.readTextOnceQuiet()
    database.#created = text === null
    if (text === null) {
      database.#become(database.#db.data)
      return database
    }
    const read = readout(format, text)
    if ('newer' in read) database.#hold(read.newer, true)
    else if ('problem' in read) await database.#recover(read.problem)
    else {
      database.#become(read.data)
      if (read.upgraded) await database.write()
    }
    return database
  }

  /** The format of the file a newer Parallax wrote that this database leaves as it is, or null when none is held. */
  get held(): number | null {
    return this.#held
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

  /** Deletes the file; one held as a newer Parallax wrote it is not this Parallax's to delete, and goes to this machine's damaged/. */
  async remove(): Promise<void> {
    if (this.#held === null) return rm(join(this.#folder.dataDir, this.relative), { force: true })
    this.#release()
    await moveAside(this.#folder.machine, this.relative, this.#folder.now())
  }

  /** Takes in a change another program made to the file; resolves true when there was one. */
  refresh(): Promise<boolean> {
    return this.#file.refresh()
  }

  /** Holds `data`, what the file holds now, with what the file does not hold yet applied on top (`replay`). */
  #become(data: T): void {
    this.#replay(data)
    this.#db.data = data
  }

  async #recover(problem: 'not-json' | 'not-valid'): Promise<void> {
    const { machine, backups, notices, now } = this.#folder
    const movedTo = await moveAside(machine, this.relative, now())
    const backup = await backups.newestGood(this.relative, (text) => isReadable(this.#format, text))
    const restored = backup ? readout(this.#format, backup.text) : null
    const data = restored !== null && 'data' in restored ? restored.data : this.#format.empty()
    this.#become(data)
    await this.#db.write()
    notices.add(recoveryNotice(this.relative, this.#format.label(this.relative), problem, movedTo, backup?.takenAt ?? null))
  }

  /**
   * What to hold once a write holding the first `included` writes failed: the file as last read or written, with the
   * changes of later writes applied again. The refused ones are gone from memory, so no later write carries them.
   */
  #rollBack(durable: string | null, included: number): T {
    const read = durable === null ? null : readout(this.#format, durable)
    const data = read !== null && 'data' in read ? read.data : this.#format.empty()
    for (const { change, write } of this.#unsaved) if (write > included) change(data)
    this.#become(data)
    return data
  }

  /** What to hold once another program has changed the file to `text`; null while it cannot be read and has not `settled`. */
  async #takeIn(text: string | null, settled: boolean): Promise<TakenIn<T> | null> {
    const { machine, notices, now } = this.#folder
    const label = this.#format.label(this.relative)
    const read = text === null ? null : readout(this.#format, text)
    if (read !== null && 'newer' in read) {
      this.#hold(read.newer, false)
      return { data: this.#db.data, fromFile: false }
    }
    if (read !== null && 'problem' in read && !settled) return null
    this.#release()
    if (read === null) return { data: this.#db.data, fromFile: false }
    if ('problem' in read) {
      const movedTo = await moveAside(machine, this.relative, now())
      const message = `${label} was changed by another program into something Parallax cannot read, so Parallax moved that version to ${movedTo} and kept its own.`
      notices.add({ kind: 'conflict', file: this.relative, movedTo, message })
      return { data: this.#db.data, fromFile: false }
    }
    for (const { change } of this.#unsaved) change(read.data)
    this.#become(read.data)
    notices.add({ kind: 'reloaded', file: this.relative, message: `${label} was changed by another program while Parallax was running, and Parallax took the change in.` })
    return { data: read.data, fromFile: true }
  }

  /** Leaves the file, which a newer Parallax wrote in format `found`, as it is until the user chooses; `atOpen` when nothing of it was held before. */
  #hold(found: number, atOpen: boolean): void {
    if (this.#held !== null) return
    const label = this.#format.label(this.relative)
    this.#held = found
    this.#file.hold(heldError(label))
    this.#folder.held.hold(this.relative, () => this.#useOwnCopy())
    this.#folder.notices.add(heldNotice(this.relative, label, found, this.#format.latest, atOpen))
  }

  #release(): void {
    if (this.#held === null) return
    this.#held = null
    this.#file.hold(null)
    this.#folder.held.release(this.relative)
  }

  /** Moves the held file to damaged/ and puts what is in memory in its place; returns where the file went. */
  async #useOwnCopy(): Promise<string> {
    const movedTo = await moveAside(this.#folder.machine, this.relative, this.#folder.now())
    this.#release()
    await this.#db.write()
    return movedTo
  }
}
