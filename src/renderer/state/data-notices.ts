import type { Api } from '../../shared/contract/calls'
import type { NoticeState } from './notices.svelte'

/** How often to ask whether another program changed the data files, besides whenever the window regains focus. */
const POLL_MS = 15_000

interface Needs {
  api: Api
  notices: NoticeState
  /** Reads every view's data again, after the back end took in a file another program changed. */
  refreshAll: () => Promise<void>
}

/** What the back end noticed about its data files (recoveries, reloads, conflicts), told to the user as it happens. */
export class DataNotices {
  /** How many of the back end's data notices have been shown. */
  #shown = 0
  readonly #needs: Needs

  constructor(needs: Needs) {
    this.#needs = needs
  }

  /** Checks now, on every return to the window, and every few seconds; returns the function that stops. */
  watch(): () => void {
    const check = () => void this.check()
    const timer = setInterval(check, POLL_MS)
    window.addEventListener('focus', check)
    return () => {
      clearInterval(timer)
      window.removeEventListener('focus', check)
    }
  }

  /**
   * Shows what happened to the data files since the last look: a recovery or a conflict stays on screen until
   * dismissed; a file another program changed is taken in, and the views are refreshed from it.
   */
  async check(): Promise<void> {
    const { api, notices, refreshAll } = this.#needs
    const all = await api.listDataNotices({}).catch(() => [])
    const fresh = all.slice(this.#shown)
    this.#shown = Math.max(this.#shown, all.length)
    for (const notice of fresh) {
      if (notice.kind === 'reloaded') notices.info(notice.message)
      else if (notice.kind === 'held') notices.held(notice.message, notice.file)
      else notices.error(notice.message)
    }
    if (fresh.some((notice) => notice.kind !== 'recovered')) await refreshAll()
  }

  /** Puts this Parallax's copy in place of a data file a newer Parallax wrote, as the user chose in notice `noticeId`. */
  async useOwnCopy(noticeId: number, file: string): Promise<void> {
    const { api, notices } = this.#needs
    try {
      const movedTo = await api.useOwnCopy({ file })
      notices.dismiss(noticeId)
      notices.info(`Parallax put its own copy in place; the newer file is now ${movedTo}.`)
    } catch (error) {
      notices.failed(error)
    }
  }
}
