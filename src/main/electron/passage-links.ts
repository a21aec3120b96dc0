import { app, type BrowserWindow } from 'electron'
import { push } from '../ipc/push'
import { parsePassageLink, type PassageLink } from '../../shared/passage-link'

/**
 * Makes the desktop app the handler of parallax:// links, the links back to a passage that the Markdown export writes.
 * Where the system passes arguments along (Windows, and `electron .` in development) the registered command keeps the
 * app's path and the data folder in use, so a link opens in the library it was exported from.
 */
export function registerLinkHandler(appPath: string, dataDir: string | undefined): void {
  const dataDirArgs = dataDir ? ['--data-dir', dataDir] : []
  if (app.isPackaged) app.setAsDefaultProtocolClient('parallax', process.execPath, dataDirArgs)
  else app.setAsDefaultProtocolClient('parallax', process.execPath, [appPath, ...dataDirArgs])
}

/**
 * Passes the links the app is asked to open to its window. A link can come before the window exists (at cold start,
 * on the command line or in macOS's open-url), or while its page loads: it is kept until the page has loaded, and the
 * preload holds it until the page listens. Sent earlier, it would reach no page and be lost.
 */
export class PassageLinks {
  #window: BrowserWindow | undefined
  readonly #waiting: PassageLink[] = []

  open(raw: readonly string[]): void {
    for (const text of raw) {
      const link = parsePassageLink(text)
      if (link) this.#deliver(link)
    }
  }

  /** Call before the window loads its page: links go to it once that page has loaded (isLoading() is false before loadURL). */
  attach(window: BrowserWindow): void {
    window.webContents.once('did-finish-load', () => {
      this.#window = window
      this.#waiting.splice(0).forEach((link) => this.#deliver(link))
    })
  }

  #deliver(link: PassageLink): void {
    const window = this.#window
    if (!window) {
      this.#waiting.push(link)
      return
    }
    const send = () => push(window.webContents, 'openPassage', link)
    if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send)
    else send()
  }
}
