import { readFile } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { writeFileAtomically } from './atomic-write'

interface Waiter {
  resolve: () => void
  reject: (error: unknown) => void
}

/**
 * A lowdb adapter whose writes are atomic and fsynced, serialized, and coalesced: while one write is on its way
 * to disk, later writes wait and are folded into one, and each caller's promise settles only once a write
 * that contains its change is on disk.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly path: string
  #queued: Waiter[] = []
  #data: T | undefined
  #draining = false

  constructor(path: string) {
    this.path = path
  }

  async read(): Promise<T | null> {
    try {
      return JSON.parse(await readFile(this.path, 'utf8')) as T
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
  }

  write(data: T): Promise<void> {
    this.#data = data
    const settled = new Promise<void>((resolve, reject) => this.#queued.push({ resolve, reject }))
    if (!this.#draining) void this.#drain()
    return settled
  }

  async #drain(): Promise<void> {
    this.#draining = true
    while (this.#queued.length > 0) {
      const waiters = this.#queued
      this.#queued = []
      try {
        await writeFileAtomically(this.path, JSON.stringify(this.#data, null, 2))
        for (const waiter of waiters) waiter.resolve()
      } catch (error) {
        for (const waiter of waiters) waiter.reject(error)
      }
    }
    this.#draining = false
  }
}
