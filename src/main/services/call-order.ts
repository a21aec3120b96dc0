/** One call's place in line: `ready` once every call placed before it is `done`. */
export interface Place {
  readonly ready: Promise<void>
  done(): void
}

/**
 * Lets concurrent calls run a step in the order they were made, whatever order the work before that step ends in: an
 * import's batches are decoded at once, but take their titles in the order they were sent.
 */
export class CallOrder {
  #last: Promise<void> = Promise.resolve()

  /** A place behind every one taken before; take it before the call's first await. */
  take(): Place {
    const ready = this.#last
    let done!: () => void
    this.#last = new Promise((resolve) => (done = resolve))
    return { ready, done }
  }
}
