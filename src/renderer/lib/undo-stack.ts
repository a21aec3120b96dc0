/** An edit that can be taken back and made again; both directions go through the back end. */
export interface Undoable {
  label: string
  undo: () => Promise<void>
  redo: () => Promise<void>
}

const LIMIT = 500

/** Undo and redo in the order edits were made; a new edit clears what was undone, as in every editor. */
export class UndoStack {
  #done: Undoable[] = []
  #undone: Undoable[] = []
  #busy = false
  readonly #onChange: () => void

  constructor(onChange: () => void = () => undefined) {
    this.#onChange = onChange
  }

  get canUndo(): boolean {
    return this.#done.length > 0
  }

  get canRedo(): boolean {
    return this.#undone.length > 0
  }

  push(entry: Undoable): void {
    this.#done = [...this.#done, entry].slice(-LIMIT)
    this.#undone = []
    this.#onChange()
  }

  /** Undoes the last edit and returns its label, or null when there is nothing to undo (or an undo is under way). */
  async undo(): Promise<string | null> {
    return this.#step(this.#done, this.#undone, (entry) => entry.undo())
  }

  async redo(): Promise<string | null> {
    return this.#step(this.#undone, this.#done, (entry) => entry.redo())
  }

  async #step(from: Undoable[], to: Undoable[], run: (entry: Undoable) => Promise<void>): Promise<string | null> {
    const entry = from.at(-1)
    if (!entry || this.#busy) return null
    this.#busy = true
    try {
      await run(entry)
      from.pop()
      to.push(entry)
      return entry.label
    } finally {
      this.#busy = false
      this.#onChange()
    }
  }
}
