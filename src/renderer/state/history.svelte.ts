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

  /** `refresh` reads the views' data again after an undo or redo. */
  constructor(notices: NoticeState, refresh: () => Promise<void>) {
    this.#notices = notices
    this.#refresh = refresh
  }

  /** Runs an edit and records it for undo; a failure is reported in one sentence and gives null. */
  async run<T>(edit: () => Promise<Edit<T>>): Promise<T | null> {
    try {
      const { result, entry } = await edit()
      this.#stack.push(entry)
      return result
    } catch (error) {
      this.#notices.failed(error)
      return null
    }
  }

  /** Records an edit already made, such as a note that autosave wrote. */
  record(entry: Undoable): void {
    this.#stack.push(entry)
  }

  async undo(): Promise<void> {
    await this.#travel(() => this.#stack.undo(), 'Undid')
  }

  async redo(): Promise<void> {
    await this.#travel(() => this.#stack.redo(), 'Redid')
  }

  async #travel(step: () => Promise<string | null>, verb: string): Promise<void> {
    try {
      const label = await step()
      if (label) this.#notices.info(`${verb}: ${label.toLowerCase()}.`)
    } catch (error) {
      this.#notices.failed(error)
    }
    await this.#refresh()
  }
}
