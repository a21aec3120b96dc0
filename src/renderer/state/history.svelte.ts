import { errorMessage } from '../lib/error-message'
import type { Edit } from '../lib/edit-commands'
import { ApiError } from '../lib/api-client'
import { StepFailed, UndoStack, type Undoable } from '../lib/undo-stack'
import type { NoticeState } from './notices.svelte'

/**
 * The window's undo history: every edit runs through it to be recorded, and undo or redo reports what it did and has
 * the views read again what it changed. Its two flags are reactive for menus and buttons.
 *
 * Edits, undos and redos run one after another in the order they were asked for: Ctrl+Z pressed twice quickly undoes
 * two edits, and an undo pressed while an edit (or a note's last autosave) is still on its way undoes that edit.
 */
export class HistoryState {
  canUndo = $state(false)
  canRedo = $state(false)
  readonly #stack = new UndoStack(
    () => {
      this.canUndo = this.#stack.canUndo
      this.canRedo = this.#stack.canRedo
    },
    // What no longer exists cannot be brought back by trying again; anything else (a full disk) may pass.
    (error) => (error instanceof ApiError && error.code === 'not-found' ? 'discard' : 'keep')
  )
  readonly #notices: NoticeState
  readonly #refresh: () => Promise<void>
  #queue: Promise<unknown> = Promise.resolve()

  /** `refresh` reads the views' data again after an undo or redo. */
  constructor(notices: NoticeState, refresh: () => Promise<void>) {
    this.#notices = notices
    this.#refresh = refresh
  }

  /** Runs an edit and records it for undo; a failure is reported in one sentence and gives null. */
  run<T>(edit: () => Promise<Edit<T>>): Promise<T | null> {
    return this.#queued(async () => {
      try {
        const { result, entry } = await edit()
        this.#stack.push(entry)
        return result
      } catch (error) {
        this.#notices.failed(error)
        return null
      }
    })
  }

  /**
   * Records an edit being finished, such as a note session whose last words autosave is still writing, in its place
   * in the history: an undo pressed meanwhile undoes it, not the edit before it. Null records nothing.
   */
  recordWhenDone(entry: Promise<Undoable | null>): void {
    void this.#queued(async () => {
      const made = await entry.catch(() => null)
      if (made) this.#stack.push(made)
    })
  }

  undo(): Promise<void> {
    return this.#travel(() => this.#stack.undo(), 'Undid', 'undo')
  }

  redo(): Promise<void> {
    return this.#travel(() => this.#stack.redo(), 'Redid', 'redo')
  }

  #travel(step: () => Promise<string | null>, verb: string, name: string): Promise<void> {
    return this.#queued(async () => {
      try {
        const label = await step()
        if (label) this.#notices.info(`${verb}: ${label.toLowerCase()}.`)
      } catch (error) {
        this.#notices.error(failureText(error, name))
      }
      await this.#refresh()
    })
  }

  #queued<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(task)
    this.#queue = result.catch(() => undefined)
    return result
  }
}

/** "Could not undo edit note: That highlight no longer exists. It was taken off the undo list." */
function failureText(error: unknown, name: string): string {
  if (!(error instanceof StepFailed)) return errorMessage(error)
  const outcome = error.discarded ? `It was taken off the ${name} list.` : `It stays on the ${name} list to try again.`
  return `Could not ${name} ${error.label.toLowerCase()}: ${errorMessage(error.cause)} ${outcome}`
}
