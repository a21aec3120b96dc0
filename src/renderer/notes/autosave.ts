/**
 * Saves a value a short while after the last change, and at once when asked (blur, window closing).
 * Saves never overlap: a change made while one is on its way is saved right after it.
 */
export class Autosave {
  readonly #write: (value: string) => Promise<unknown>
  readonly #delay: number
  readonly #onState: (state: 'saving' | 'saved' | 'failed', error?: unknown) => void
  #pending: string | null = null
  #timer: ReturnType<typeof setTimeout> | undefined
  #running: Promise<void> | null = null

  constructor(
    write: (value: string) => Promise<unknown>,
    onState: (state: 'saving' | 'saved' | 'failed', error?: unknown) => void,
    delay = 400
  ) {
    this.#write = write
    this.#onState = onState
    this.#delay = delay
  }

  change(value: string): void {
    this.#pending = value
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => void this.flush(), this.#delay)
  }

  /** Writes what is pending now; resolves once it is on disk. */
  async flush(): Promise<void> {
    clearTimeout(this.#timer)
    while (this.#running) await this.#running
    if (this.#pending === null) return
    const value = this.#pending
    this.#pending = null
    this.#onState('saving')
    this.#running = this.#write(value).then(
      () => this.#onState(this.#pending === null ? 'saved' : 'saving'),
      (error: unknown) => {
        this.#pending ??= value
        this.#onState('failed', error)
      }
    )
    await this.#running
    this.#running = null
  }
}
