import type { DataNotice } from '../../shared/model'

/**
 * What happened to the data files since start (recoveries, reloads, conflicts), kept so a window that opens later can
 * still show it, and passed on as it happens to whoever listens.
 */
export class DataNotices {
  readonly #all: DataNotice[] = []
  readonly #listeners = new Set<(notice: DataNotice) => void>()

  add(notice: DataNotice): void {
    this.#all.push(notice)
    for (const listener of this.#listeners) listener(notice)
  }

  /** Every notice since start, oldest first. */
  list(): DataNotice[] {
    return [...this.#all]
  }

  /** Calls `listener` with each new notice; returns the function that stops it. */
  subscribe(listener: (notice: DataNotice) => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }
}
