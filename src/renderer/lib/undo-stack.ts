/** An edit that can be taken back and made again; both directions go through the back end. */
export interface Undoable {
  label: string
  undo: () => Promise<void>
  redo: () => Promise<void>
}

/** What the stack does with an edit whose undo or redo failed: keep it to try again, or take it off for good. */
export type AfterFailure = (error: unknown) => 'keep' | 'discard'

/** An undo or redo that failed; `discarded` says whether its edit was taken off the stack. */
export class StepFailed extends Error {
  constructor(
    readonly label: string,
    readonly discarded: boolean,
    override readonly cause: unknown
  ) {
    super(`${label} failed`)
    this.name = 'StepFailed'
  }
}

const LIMIT = 500

/**
 * Undo and redo in the order edits were made; a new edit clears what was undone, as in every editor. One step at a
 * time: HistoryState queues them.
 */
export class UndoStack {
  #done: Undoable[] = []
  #undone: Undoable[] = []
  readonly #onChange: () => void
  readonly #afterFailure: AfterFailure

  constructor(onChange: () => void = () => undefined, afterFailure: AfterFailure = () => 'keep') {
    this.#onChange = onChange
    this.#afterFailure = afterFailure
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

  /** Undoes the last edit and returns its label, or null when there is nothing to undo; a failure is a StepFailed. */
  async undo(): Promise<string | null> {
    return this.#step(this.#done, this.#undone, (entry) => entry.undo())
  }

  async redo(): Promise<string | null> {
    return this.#step(this.#undone, this.#done, (entry) => entry.redo())
  }

  async #step(from: Undoable[], to: Undoable[], run: (entry: Undoable) => Promise<void>): Promise<string | null> {
    const entry = from.at(-1)
    if (!entry) return null
    try {
      await run(entry)
      from.pop()
      to.push(entry)
      return entry.label
    } catch (error) {
      const discard = this.#afterFailure(error) === 'discard'
      if (discard) from.pop()
      throw new StepFailed(entry.label, discard, error)
    } finally {
      this.#onChange()
    }
  }
}
