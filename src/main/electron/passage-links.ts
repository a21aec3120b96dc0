import { app, type BrowserWindow } from 'electron'
import { resolve } from 'node:path'
import { OPEN_PASSAGE_CHANNEL } from '../../shared/menu-commands'
import { parsePassageLink, type PassageLink } from '../../shared/passage-link'

/**
 * Makes the desktop app the handler of parallax:// links, the links back to a passage that the Markdown export
 * writes. A link arrives as a command-line argument (Windows, Linux: a first or a second launch) or as an open-url
 * event (macOS, possibly before the app is ready); links that come before the window are kept until it is there.
 * Call before the app is ready; then `attach` the window.
 */
export function handlePassageLinks(): { attach: (window: BrowserWindow) => void } {
  if (app.isPackaged) app.setAsDefaultProtocolClient('parallax')
  else app.setAsDefaultProtocolClient('parallax', process.execPath, [resolve(process.argv[1] ?? '.')])
  let target: BrowserWindow | undefined
  const waiting: PassageLink[] = []
  const deliver = (link: PassageLink) => {
    if (!target) {
      waiting.push(link)
      return
    }
    const window = target
    const send = () => window.webContents.send(OPEN_PASSAGE_CHANNEL, link)
    if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send)
    else send()
  }
  const open = (raw: string) => {
    const link = parsePassageLink(raw)
    if (link) deliver(link)
  }
  app.on('open-url', (event, url) => {
    event.preventDefault()
    open(url)
  })
  app.on('second-instance', (_event, argv) => argv.filter((arg) => arg.startsWith('parallax://')).forEach(open))
  process.argv.filter((arg) => arg.startsWith('parallax://')).forEach(open)
  return {
    attach: (window) => {
      target = window
      waiting.splice(0).forEach(deliver)
    }
  }
}
