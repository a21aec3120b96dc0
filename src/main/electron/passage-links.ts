import { app, type BrowserWindow } from 'electron'
import { resolve } from 'node:path'
import { OPEN_PASSAGE_CHANNEL } from '../../shared/menu-commands'
import { parsePassageLink } from '../../shared/passage-link'

/**
 * Makes the desktop app the handler of parallax:// links, the links back to a passage that the Markdown export
 * writes. A link arrives as a command-line argument (Windows, Linux: a first or a second launch) or as an
 * open-url event (macOS); either way the window is told which passage to show.
 */
export function handlePassageLinks(window: () => BrowserWindow | undefined): void {
  if (app.isPackaged) app.setAsDefaultProtocolClient('parallax')
  else app.setAsDefaultProtocolClient('parallax', process.execPath, [resolve(process.argv[1] ?? '.')])
  const open = (raw: string) => {
    const link = parsePassageLink(raw)
    const target = window()
    if (!link || !target) return
    const send = () => target.webContents.send(OPEN_PASSAGE_CHANNEL, link)
    if (target.webContents.isLoading()) target.webContents.once('did-finish-load', send)
    else send()
  }
  app.on('open-url', (event, url) => {
    event.preventDefault()
    open(url)
  })
  app.on('second-instance', (_event, argv) => argv.filter((arg) => arg.startsWith('parallax://')).forEach(open))
  process.argv.filter((arg) => arg.startsWith('parallax://')).forEach(open)
}
