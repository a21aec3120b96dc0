import type { Edit } from '../lib/edit-commands'
import { UndoStack, type Undoable } from '../lib/undo-stack'
import type { NoticeState } from './notices.svelte'

/**
 * The window's undo history: every edit runs through it to be recorded, and undo or redo reports what it did and has
 * the views read again what it changed. Its two flags are reactive for menus and buttons.
 */
export class HistoryState {
  canUndo = $state(false)
  canRedo = $state(false)
  readonly #stack = new UndoStack(() => {
    this.canUndo = this.#stack.canUndo
    this.canRedo = this.#stack.canRedo
  })
  readonly #notices: NoticeState
  readonly #refresh: () => Promise<void>
  /** Edits whose entries come once they are on disk (a note session ending); undo, redo and new edits wait for them. */
  #pending: Promise<unknown> = Promise.resolve()

  /** `refresh` reads the views' data again after an undo or redo. */
  constructor(notices: NoticeState, refresh: () => Promise<void>) {
    this.#notices = notices
    this.#refresh = refresh
  }

  /** Runs an edit and records it for undo; a failure is reported in one sentence and gives null. */
  async run<T>(edit: () => Promise<Edit<T>>): Promise<T | null> {
    await this.#settled()
    try {
      const { result, entry } = await edit()
      this.#stack.push(entry)
      return result
    } catch (error) {
      this.#notices.failed(error)
      return null
    }
  }

  /**
   * Records an edit being finished, such as a note session whose last words autosave is still writing, in its place
   * in the history: an undo pressed meanwhile undoes it, not the edit before it. Null records nothing.
   */
  recordWhenDone(entry: Promise<Undoable | null>): void {
    const done = entry.then((made) => made && this.#stack.push(made))
    this.#pending = Promise.allSettled([this.#pending, done])
  }

  async #settled(): Promise<void> {
    await this.#pending
  }

  async undo(): Promise<void> {
    await this.#travel(() => this.#stack.undo(), 'Undid')
  }

  async redo(): Promise<void> {
    await this.#travel(() => this.#stack.redo(), 'Redid')
  }

  async #travel(step: () => Promise<string | null>, verb: string): Promise<void> {
    await this.#settled()
    try {
      const label = await step()
      if (label) this.#notices.info(`${verb}: ${label.toLowerCase()}.`)
    } catch (error) {
      this.#notices.failed(error)
    }
    await this.#refresh()
  }
}
