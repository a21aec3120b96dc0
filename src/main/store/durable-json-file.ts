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
  /**
   * Called when a write fails, before the next one starts, with the file's text as last read or written (null:
   * none) and how many `write` calls the failed write held (the first `included` ever made). Returns what this
   * adapter should hold instead: the file as it is on disk with only the later changes, so a refused change is not
   * written by the next write.
   */
  onWriteFailed?: (durable: string | null, included: number) => T
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
  readonly #onWriteFailed: DurableJsonFileOptions<T>['onWriteFailed']
  #queued: Waiter[] = []
  /** `write` calls made so far. */
  #requested = 0
  /** The file's text as this adapter last read or wrote it. */
  #durable: string | null = null
  #data: T | undefined
  #busy = false
  /** The version of the file this adapter last read or wrote; undefined before either, null when there was none. */
  #known: FileStamp | null | undefined

  constructor(path: string, options: DurableJsonFileOptions<T> = {}) {
    this.path = path
    this.#onChangedOnDisk = options.onChangedOnDisk
    this.#onWriteFailed = options.onWriteFailed
  }

  /** How many `write` calls have been made: the last one's number. */
  get requested(): number {
    return this.#requested
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
        this.#durable = text
        return text
      } finally {
        await handle.close()
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      this.#known = null
      this.#durable = null
      return null
    }
  }

  write(data: T): Promise<void> {
    this.#data = data
    this.#requested++
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
      const included = this.#requested
      try {
        await this.#takeInOutsideChange()
        const text = JSON.stringify(this.#data, null, 2)
        this.#known = await writeFileAtomically(this.path, text)
        this.#durable = text
        for (const waiter of waiters) waiter.resolve()
      } catch (error) {
        if (this.#onWriteFailed) this.#data = this.#onWriteFailed(this.#durable, included)
        for (const waiter of waiters) waiter.reject(error)
      }
    }
    this.#busy = false
  }
}
