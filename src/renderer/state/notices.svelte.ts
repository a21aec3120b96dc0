import { errorMessage } from '../lib/error-message'

export interface Notice {
  id: number
  kind: 'info' | 'error'
  text: string
  /** For a data file kept as a newer Parallax wrote it: the file, whose notice stays until the user chooses. */
  heldFile?: string
}

/** Short messages for the user, read out by screen readers; errors stay until dismissed. */
const MAX_SHOWN = 3

export class NoticeState {
  items = $state<Notice[]>([])
  #next = 1

  info(text: string): void {
    const id = this.#push({ kind: 'info', text })
    setTimeout(() => this.dismiss(id), 4000)
  }

  error(text: string): void {
    this.#push({ kind: 'error', text })
  }

  /** Reports a call that failed, in the back end's words or as a back end out of reach. */
  failed(error: unknown): void {
    this.error(errorMessage(error))
  }

  /** A notice asking the user what to do with a data file a newer Parallax wrote; only their choice removes it. */
  held(text: string, file: string): void {
    this.#push({ kind: 'error', text, heldFile: file })
  }

  dismiss(id: number): void {
    this.items = this.items.filter((item) => item.id !== id)
  }

  /** Adds a notice; the oldest go past MAX_SHOWN, except those waiting for a choice. */
  #push(notice: Omit<Notice, 'id'>): number {
    const id = this.#next++
    const items = [...this.items, { ...notice, id }]
    let toDrop = items.filter((item) => item.heldFile === undefined).length - MAX_SHOWN
    this.items = items.filter((item) => item.heldFile !== undefined || toDrop-- <= 0)
    return id
  }
}
