import { open } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { writeFileAtomically } from './atomic-write'
import { currentStamp, sameStamp, stampOf, type FileStamp } from './file-stamp'

interface Waiter {
  resolve: () => void
  reject: (error: unknown) => void
}

export interface DurableJsonFileOptions<T> {
  /**
   * Called when another program has changed, replaced or removed the file since this adapter last read or wrote it,
   * with what the file holds now (null: nothing). Returns what this adapter should hold instead, so the other
   * program's change is taken in rather than overwritten.
   */
  onChangedOnDisk?: (text: string | null) => Promise<T>
}

/**
 * A lowdb adapter whose writes are atomic and fsynced, serialized, and coalesced: while one write is on its way
 * to disk, later writes wait and are folded into one, and each caller's promise settles only once a write
 * that contains its change is on disk. With `onChangedOnDisk`, it also looks before each write whether another
 * program has changed the file, and never writes over such a change unseen.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly path: string
  readonly #onChangedOnDisk: DurableJsonFileOptions<T>['onChangedOnDisk']
  #queued: Waiter[] = []
  #data: T | undefined
  #busy = false
  /** The version of the file this adapter last read or wrote; undefined before either, null when there was none. */
  #known: FileStamp | null | undefined

  constructor(path: string, options: DurableJsonFileOptions<T> = {}) {
    this.path = path
    this.#onChangedOnDisk = options.onChangedOnDisk
  }

  async read(): Promise<T | null> {
    const text = await this.readText()
    return text === null ? null : (JSON.parse(text) as T)
  }

  /** The file's text, or null when there is none; this is then the version the adapter knows. */
  async readText(): Promise<string | null> {
    try {
      const handle = await open(this.path, 'r')
      try {
        const stamp = stampOf(await handle.stat())
        const text = await handle.readFile('utf8')
        this.#known = stamp
        return text
      } finally {
        await handle.close()
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      this.#known = null
      return null
    }
  }

  write(data: T): Promise<void> {
    this.#data = data
    const settled = new Promise<void>((resolve, reject) => this.#queued.push({ resolve, reject }))
    if (!this.#busy) void this.#drain()
    return settled
  }

  /**
   * Takes in a change another program made to the file while nothing was being written; resolves true when there was
   * one. While a write is under way this does nothing: that write looks for such a change itself before the next one.
   */
  async refresh(): Promise<boolean> {
    if (this.#busy) return false
    this.#busy = true
    let changed: boolean
    try {
      changed = await this.#takeInOutsideChange()
    } finally {
      this.#busy = false
      if (this.#queued.length > 0) void this.#drain()
    }
    // Moved aside as unreadable, or deleted: what this adapter holds goes back on disk.
    if (changed && this.#data !== undefined && (await currentStamp(this.path)) === null) await this.write(this.#data)
    return changed
  }

  async #takeInOutsideChange(): Promise<boolean> {
    if (!this.#onChangedOnDisk || this.#known === undefined || sameStamp(this.#known, await currentStamp(this.path))) return false
    this.#data = await this.#onChangedOnDisk(await this.readText())
    return true
  }

  async #drain(): Promise<void> {
    this.#busy = true
    while (this.#queued.length > 0) {
      const waiters = this.#queued
      this.#queued = []
      try {
        await this.#takeInOutsideChange()
        this.#known = await writeFileAtomically(this.path, JSON.stringify(this.#data, null, 2))
        for (const waiter of waiters) waiter.resolve()
      } catch (error) {
        for (const waiter of waiters) waiter.reject(error)
      }
    }
    this.#busy = false
  }
}
