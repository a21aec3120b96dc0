import type { QuoteCluster } from '../../shared/analysis/types'
import type { Api } from '../../shared/contract/calls'
import { LatestAnswer } from './latest-answer.svelte'
import type { NoticeState } from './notices.svelte'

/** The Quotes view's list and its filter, which outlive the tab and are kept in the settings. */
export class QuotesState {
  /** Only the quotes more than one document carries: comparing outlets is what the view is for. */
  sharedOnly = $state(true)
  readonly clusters = new LatestAnswer<QuoteCluster[]>()
  readonly #api: Api
  readonly #notices: NoticeState
  /** The filter as last saved, read before the first list. */
  #saved: Promise<void> | undefined

  constructor(api: Api, notices: NoticeState) {
    this.#api = api
    this.#notices = notices
  }

  /** Lists the quotes as the filter stands (again, after the library changed). */
  async list(): Promise<void> {
    this.#saved ??= this.#api.getSettings({}).then(
      (settings) => void (this.sharedOnly = settings.quotesSharedOnly),
      () => undefined
    )
    await this.#saved
    const sharedOnly = this.sharedOnly
    await this.clusters.ask(() => this.#api.listQuotes({ sharedOnly }))
  }

  /** Lists the quotes again under the new filter at once, and keeps the choice for next time. */
  async setSharedOnly(sharedOnly: boolean): Promise<void> {
    this.sharedOnly = sharedOnly
    const saving = this.#api.updateSettings({ quotesSharedOnly: sharedOnly }).catch((error: unknown) => this.#notices.failed(error))
    await Promise.all([this.list(), saving])
  }
}
