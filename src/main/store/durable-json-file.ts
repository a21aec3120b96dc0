import { open } from 'node:fs/promises'
import { setTimeout as delay } from 'node:timers/promises'
import type { Adapter } from 'lowdb'
import { writeFileAtomically } from './atomic-write'
import { currentStamp, sameStamp, stampOf, type FileStamp } from './file-stamp'

interface Waiter {
  resolve: () => void
  reject: (error: unknown) => void
}

/** What to hold once another program has changed the file: `fromFile` when `data` was read from the file's new text. */
export interface TakenIn<T> {
  data: T
  fromFile: boolean
}

export interface DurableJsonFileOptions<T> {
  /**
   * Called when another program has changed, replaced or removed the file since this adapter last read or wrote it,
   * with what the file holds now (null: nothing). Returns what this adapter should hold instead, so the other
   * program's change is taken in rather than overwritten; or null when the text cannot be read yet, as a file another
   * program is still writing: it is then called again, with `settled` true, once the file has been quiet for a moment
   * (null then leaves what the adapter holds).
   */
  onChangedOnDisk?: (text: string | null, settled: boolean) => Promise<TakenIn<T> | null>
  /**
   * Called when a write fails, before the next one starts, with the file's text as last read from it or written (null:
   * none) and how many `write` calls the failed write held (the first `included` ever made). Returns what this
   * adapter should hold instead: that file with only the later changes, so a refused change is not written by the
   * next write.
   */
  onWriteFailed?: (durable: string | null, included: number) => T
}

/**
 * How long a file another program left unreadable must stay unchanged before it is judged: it may be halfway through
 * being rewritten in place. Editors and sync tools that write in chunks leave gaps of a few hundred milliseconds
 * (300 ms in the case that showed it, issue 15); a second is well over that, and short enough for an edit made
 * meanwhile to wait for it.
 */
export const QUIET_MS = 1000
/** A file that never stops changing is judged after this long anyway, so edits made meanwhile are not held up for ever. */
const QUIET_LIMIT_MS = 10_000

/**
 * A lowdb adapter whose writes are atomic and fsynced, serialized, and coalesced: while one write is on its way
 * to disk, later writes wait and are folded into one, and each caller's promise settles only once a write
 * that contains its change is on disk. With `onChangedOnDisk`, it also looks before each write whether another
 * program has changed the file, and never writes over such a change unseen. While held, it writes nothing at all.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly path: string
  readonly #onChangedOnDisk: DurableJsonFileOptions<T>['onChangedOnDisk']
  readonly #onWriteFailed: DurableJsonFileOptions<T>['onWriteFailed']
  #queued: Waiter[] = []
  /** `write` calls made so far. */
  #requested = 0
  /** The file's text as this adapter last read (and took in) or wrote it. */
  #durable: string | null = null
  /** Why nothing may be written now; null while writes may go to disk. */
  #holding: Error | null = null
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

  /** Why writes are refused, or null while they are not. */
  get holding(): Error | null {
    return this.#holding
  }

  /** While `reason` is set, every write fails with it and the file is left as it is; null lets writes go to disk again. */
  hold(reason: Error | null): void {
    this.#holding = reason
  }

  async read(): Promise<T | null> {
    const text = await this.readText()
    return text === null ? null : (JSON.parse(text) as T)
  }

  /** The file's text, or null when there is none; this is then the version the adapter knows. */
  async readText(): Promise<string | null> {
    const { text, stamp } = await this.#readFile()
    this.#known = stamp
    this.#durable = text
    return text
  }

  /** As `readText`, once the file has been quiet for a moment: for a file that may be halfway through being written. */
  async readTextOnceQuiet(): Promise<string | null> {
    await this.#untilQuiet()
    return this.readText()
  }

  async #readFile(): Promise<{ text: string | null; stamp: FileStamp | null }> {
    try {
      const handle = await open(this.path, 'r')
      try {
        const stamp = stampOf(await handle.stat())
        return { text: await handle.readFile('utf8'), stamp }
      } finally {
        await handle.close()
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      return { text: null, stamp: null }
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
    let found = await this.#readFile()
    let taken = await this.#onChangedOnDisk(found.text, false)
    if (taken === null) {
      await this.#untilQuiet()
      found = await this.#readFile()
      taken = await this.#onChangedOnDisk(found.text, true)
    }
    this.#known = found.stamp
    if (taken === null) return true
    // A text not taken in (moved aside, or held as it is) is not what a failed write goes back to.
    if (taken.fromFile) this.#durable = found.text
    this.#data = taken.data
    return true
  }

  /** Waits until the file has kept one stamp for QUIET_MS, or QUIET_LIMIT_MS have passed. */
  async #untilQuiet(): Promise<void> {
    const giveUpAt = performance.now() + QUIET_LIMIT_MS
    let stamp = await currentStamp(this.path)
    // Last changed a quiet period ago or more (a file damaged before this start, say): nothing to wait for.
    if (stamp === null || Date.now() - stamp.mtimeMs >= QUIET_MS) return
    for (;;) {
      await delay(QUIET_MS)
      const now = await currentStamp(this.path)
      if (sameStamp(stamp, now) || performance.now() >= giveUpAt) return
      stamp = now
    }
  }

  async #drain(): Promise<void> {
    this.#busy = true
    while (this.#queued.length > 0) {
      const waiters = this.#queued
      this.#queued = []
      const included = this.#requested
      try {
        await this.#takeInOutsideChange()
        if (this.#holding) throw this.#holding
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
