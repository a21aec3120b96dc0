/** How long the library must be quiet before queued updates run on their own: an import's batches come closer than this. */
const QUIET_MS = 300

/**
 * The work of an index built from the library (search, comparison), one task at a time. The index is built once; an
 * update after a change waits until the library has been quiet for a moment, so an import of a thousand files is not
 * slowed by indexing each one as it lands. A query runs every update queued before it first, so it never misses one.
 */
export class IndexQueue {
  readonly #build: () => Promise<void>
  readonly #quietMs: number
  readonly #waiting: (() => Promise<void>)[] = []
  #tail: Promise<unknown> = Promise.resolve()
  #built: Promise<void> | null = null
  #timer: ReturnType<typeof setTimeout> | undefined

  constructor(build: () => Promise<void>, quietMs = QUIET_MS) {
    this.#build = build
    this.#quietMs = quietMs
  }

  /** Builds the index, once; resolves when it is built. */
  boot(): Promise<void> {
    this.#built ??= this.#run(this.#build)
    return this.#built
  }

  /**
   * Queues an update, to run once the library has been quiet for a moment; resolves when it has run. An index not built
   * yet has nothing to update: building it reads the library as it is then.
   */
  update(task: () => Promise<void>): Promise<void> {
    if (this.#built === null) return Promise.resolve()
    const done = new Promise<void>((resolve, reject) => this.#waiting.push(() => task().then(resolve, reject)))
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => this.#flush(), this.#quietMs)
    return done
  }

  /** Resolves once the index is built and every update queued so far has run, running the waiting ones now. */
  async settled(): Promise<void> {
    await this.boot()
    this.#flush()
    await this.#tail
  }

  /**
   * Runs a query once the index is built and every update queued so far has run, as `settled` does, and holds back
   * the updates queued meanwhile until it is done: for a query that pauses to let other work in.
   */
  async query<T>(task: () => Promise<T>): Promise<T> {
    await this.boot()
    this.#flush()
    return this.#run(task)
  }

  #flush(): void {
    clearTimeout(this.#timer)
    for (const task of this.#waiting.splice(0)) void this.#run(task)
  }

  /** Runs `task` after the work queued before it; a failed task does not stop the ones after it. */
  #run<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#tail.then(task)
    this.#tail = run.catch(() => undefined)
    return run
  }
}
