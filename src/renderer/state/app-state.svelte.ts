import { getContext, setContext } from 'svelte'
import type { AppInfo } from '../../shared/model'
import { api, errorMessage } from '../lib/api'
import { LibraryState } from './library.svelte'
import { NoticeState } from './notices.svelte'
import { ReaderState } from './reader.svelte'
import { ThemeState } from './theme.svelte'

/** The renderer's state, one instance for the window, handed to components through context. */
export class AppState {
  readonly library = new LibraryState()
  readonly reader = new ReaderState()
  readonly theme = new ThemeState()
  readonly notices = new NoticeState()
  info = $state.raw<AppInfo | null>(null)

  async start(): Promise<void> {
    await Promise.all([
      this.library.load(),
      this.theme.load().catch(() => undefined),
      api.getAppInfo({}).then((info) => (this.info = info), () => undefined)
    ])
  }

  async removeDocument(id: string, title: string): Promise<void> {
    try {
      await api.deleteDocument({ id })
      this.library.forget(id)
      if (this.reader.current?.meta.id === id) this.reader.close()
      this.notices.info(`Removed “${title}”.`)
    } catch (error) {
      this.notices.error(errorMessage(error))
    }
  }
}

const key = Symbol('parallax-app')

export function setAppState(state: AppState): void {
  setContext(key, state)
}

export function appState(): AppState {
  return getContext<AppState>(key)
}
