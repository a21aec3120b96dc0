import type { BrowserWindowConstructorOptions } from 'electron'
import type { WindowBounds } from './window-placement'

/** The page's background in each scheme (`--page` in app.css), so the window's first frame is not a white flash. */
export function pageBackground(dark: boolean): string {
  return dark ? '#1b1a18' : '#fbfaf7'
}

/** The main window's options, in one pure function so a test can hold them to the security baseline. */
export function mainWindowOptions(bounds: WindowBounds, preloadFile: string, dark: boolean): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Parallax',
    backgroundColor: pageBackground(dark),
    webPreferences: {
      preload: preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false
    }
  }
}
