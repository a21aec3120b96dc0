import type { ChangeFeed, LibraryChange } from '../change-feed'
import { IndexQueue } from './index-queue'
import { Service } from './service'

export interface IndexOptions {
  /** For the running app: build the index in the background soon after start, so the first use need not wait for it. */
  buildAtStart?: boolean
}

/**
 * A service that keeps an index built from the library (the search, the comparison). From boot on it follows the
 * change feeds it was given, and with `buildAtStart` builds itself in the background soon after; all its work, the
 * build, the updates and the queries, runs in its `queue`.
 */
export abstract class IndexService extends Service {
  protected readonly queue = new IndexQueue(() => this.buildIndex())
  readonly #feeds: ChangeFeed[]
  readonly #options: IndexOptions

  constructor(feeds: ChangeFeed[], options: IndexOptions) {
    super()
    this.#feeds = feeds
    this.#options = options
  }

  override async boot(): Promise<void> {
    this.queue.follow(this.#feeds, (change) => this.keepUp(change))
    if (this.#options.buildAtStart) this.queue.buildWhenQuiet()
  }

  override async shutdown(): Promise<void> {
    this.queue.stop()
  }

  /** Builds the index, once; resolves when it is built. A query made meanwhile waits for it. */
  build(): Promise<void> {
    return this.queue.build()
  }

  protected abstract buildIndex(): Promise<void>

  /** The update a change calls for, or null for a change this index does not depend on. */
  protected abstract keepUp(change: LibraryChange): Promise<void> | null
}
