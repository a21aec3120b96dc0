import type { BrowserWindowConstructorOptions } from 'electron'

export interface WindowBounds {
  x?: number
  y?: number
  width: number
  height: number
}

/** The main window's options, in one pure function so a test can hold them to the security baseline. */
export function mainWindowOptions(bounds: WindowBounds, preloadFile: string): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Parallax',
    backgroundColor: '#f7f5f0',
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
