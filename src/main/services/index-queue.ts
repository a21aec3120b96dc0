import type { ChangeFeed, LibraryChange } from '../change-feed'

/** How long the library must be quiet before queued updates run on their own: an import's batches come closer than this. */
const QUIET_MS = 300
/** How long after start an index built in the background begins, so its work does not compete with the first paint. */
const START_DELAY_MS = 2000

/**
 * The work of an index built from the library (search, comparison), one task at a time, and when it runs. The index is
 * built once; an update after a change waits until the library has been quiet for a moment, so an import of a thousand
 * files is not slowed by indexing each one as it lands. A query runs every update queued before it first, so it never
 * misses one.
 */
export class IndexQueue {
  readonly #build: () => Promise<void>
  readonly #quietMs: number
  readonly #waiting: (() => Promise<void>)[] = []
  #tail: Promise<unknown> = Promise.resolve()
  #built: Promise<void> | null = null
  #timer: ReturnType<typeof setTimeout> | undefined
  #startTimer: ReturnType<typeof setTimeout> | undefined
  #lastChange = -Infinity
  readonly #following: (() => void)[] = []

  constructor(build: () => Promise<void>, quietMs = QUIET_MS) {
    this.#build = build
    this.#quietMs = quietMs
  }

  /** Builds the index, once; resolves when it is built. */
  build(): Promise<void> {
    this.#built ??= this.#run(this.#build)
    return this.#built
  }

  /** Forgets that the index was built (it was lost): the next query builds it again from the library as it is then. */
  forgetBuilt(): void {
    this.#built = null
  }

  /**
   * Builds the index in the background once the window has had its turn to show the library and the library has been
   * as long without a change, so an import made at once goes first. A query made before or meanwhile builds it or
   * waits for it.
   */
  buildWhenQuiet(delayMs = START_DELAY_MS): void {
    const attempt = () => {
      const quietFor = performance.now() - this.#lastChange
      if (quietFor < delayMs) this.#startTimer = setTimeout(attempt, delayMs - quietFor).unref()
      else this.build().catch(reportFailure('build'))
    }
    this.#startTimer = setTimeout(attempt, delayMs).unref()
  }

  /** Runs `keepUp` for each change on `feeds` until `stop`; a failed update is logged, since no caller waits for it. */
  follow(feeds: ChangeFeed[], keepUp: (change: LibraryChange) => Promise<void> | null): void {
    for (const feed of feeds) this.#following.push(feed.subscribe((change) => void keepUp(change)?.catch(reportFailure('update'))))
  }

  /** Stops following the feeds and stops the clocks: a build not started yet does not start, nor do waiting updates. */
  stop(): void {
    for (const unsubscribe of this.#following.splice(0)) unsubscribe()
    clearTimeout(this.#startTimer)
    clearTimeout(this.#timer)
  }

  /**
   * Queues an update, to run once the library has been quiet for a moment; resolves when it has run. An index not built
   * yet has nothing to update: building it reads the library as it is then.
   */
  update(task: () => Promise<void>): Promise<void> {
    this.#lastChange = performance.now()
    if (this.#built === null) return Promise.resolve()
    const done = new Promise<void>((resolve, reject) => this.#waiting.push(() => task().then(resolve, reject)))
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => this.#flush(), this.#quietMs)
    return done
  }

  /** Resolves once the index is built and every update queued so far has run, running the waiting ones now. */
  async settled(): Promise<void> {
    await this.build()
    this.#flush()
    await this.#tail
  }

  /**
   * Runs a query once the index is built and every update queued so far has run, as `settled` does, and holds back
   * the updates queued meanwhile until it is done: for a query that pauses to let other work in.
   */
  async query<T>(task: () => Promise<T>): Promise<T> {
    await this.build()
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

function reportFailure(work: 'build' | 'update'): (error: unknown) => void {
  return (error) => console.error(`Parallax could not ${work} its indexes: ${error instanceof Error ? error.message : String(error)}`)
}
