import { UndoStack, type Undoable } from '../lib/undo-stack'

/** The window's undo history, with its two flags kept reactive for menus and buttons. */
export class HistoryState {
  canUndo = $state(false)
  canRedo = $state(false)
  readonly #stack = new UndoStack(() => {
    this.canUndo = this.#stack.canUndo
    this.canRedo = this.#stack.canRedo
  })

  push(entry: Undoable): void {
    this.#stack.push(entry)
  }

  undo(): Promise<string | null> {
    return this.#stack.undo()
  }

  redo(): Promise<string | null> {
    return this.#stack.redo()
  }
}
