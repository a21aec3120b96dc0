import { parseArgs } from 'node:util'
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron'
import { createServices, type Services } from './container'
import { createDispatch } from './ipc/dispatch'
import { requestedDataDir } from './data-dir'
import { appPaths } from './app-paths'
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './electron/app-protocol'
import { registerIpc } from './electron/register-ipc'
import { installMenu } from './electron/menu'
import { mainWindowOptions } from './electron/window-options'
import { loadWindowState, trackWindowState } from './electron/window-state'
import { handlePassageLinks } from './electron/passage-links'
import { BACKUP_EVERY_MINUTES } from './store/backups'
import { lockDataFolder } from './store/lock-file'
import { AppError } from '../shared/errors'

const { values } = parseArgs({ options: { 'data-dir': { type: 'string' } }, strict: false, allowPositionals: true })
const chosenDataDir = requestedDataDir(typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined, process.env)
if (chosenDataDir) app.setPath('userData', chosenDataDir)
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL

registerAppScheme()
const passageLinks = handlePassageLinks()

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows()
    if (window?.isMinimized()) window.restore()
    window?.focus()
  })
  app.on('window-all-closed', () => app.quit())
  app.whenReady().then(start).catch((error: unknown) => {
    // A folder in use by browser mode, or one Parallax cannot read, is said in one sentence, never as a stack trace.
    if (error instanceof AppError) dialog.showErrorBox('Parallax cannot open its data folder', error.message)
    else console.error(error)
    app.exit(1)
  })
}

async function start(): Promise<void> {
  const dataDir = app.getPath('userData')
  const paths = appPaths(app.getAppPath())
  // The single-instance lock keeps out a second desktop app; the lock file keeps out browser mode on the same folder.
  const lock = await lockDataFolder(dataDir)
  process.on('exit', lock.releaseSync)
  // The window loads while the library is read; its first calls wait for the services.
  const booting = createServices({
    dataDir,
    seedsDir: paths.seedsDir,
    version: app.getVersion(),
    transport: 'electron',
    backupEveryMinutes: BACKUP_EVERY_MINUTES,
    indexAtStart: true,
    pickFiles: () => pickFiles(),
    pickSavePath: (suggestedName) => pickSavePath(suggestedName)
  })
  const pageOrigin = devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN
  registerIpc(ipcMain, createDispatch(booting.then((services) => services.handlers)), (event) => new URL(event.senderFrame?.url ?? 'about:blank').origin === pageOrigin)
  serveRenderer(paths.rendererDir)
  // Everything is refused but writing to the clipboard, which "Copy as Markdown" needs.
  session.defaultSession.setPermissionRequestHandler((_webContents, permission, callback) => callback(permission === 'clipboard-sanitized-write'))
  session.defaultSession.setPermissionCheckHandler((_webContents, permission) => permission === 'clipboard-sanitized-write')
  installMenu(dataDir)

  const windowState = await loadWindowState(dataDir)
  const window = new BrowserWindow(mainWindowOptions(windowState.data, paths.preloadFile))
  trackWindowState(window, windowState)
  window.webContents.on('will-navigate', (event) => event.preventDefault())
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  window.once('ready-to-show', () => window.show())
  passageLinks.attach(window)
  stopServicesAtQuit(booting)
  await Promise.all([booting, window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)])
}

/** Quitting waits for the services to stop: a backup under way is finished, and the watch on the data files ends. */
function stopServicesAtQuit(booting: Promise<Services>): void {
  let stopped = false
  app.on('will-quit', (event) => {
    if (stopped) return
    event.preventDefault()
    stopped = true
    void booting
      .then((services) => services.shutdown())
      .catch((error: unknown) => console.error(error))
      .finally(() => app.quit())
  })
}

/** File > Import…: the native multi-select dialog. */
async function pickFiles(): Promise<string[] | null> {
  const options: Electron.OpenDialogOptions = {
    title: 'Import texts',
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: 'Text files', extensions: ['txt', 'md', 'text'] },
      { name: 'All files', extensions: ['*'] }
    ]
  }
  const window = BrowserWindow.getFocusedWindow()
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
  return result.canceled ? null : result.filePaths
}

/** File > Export…: the native save dialog. */
async function pickSavePath(suggestedName: string): Promise<string | null> {
  const options: Electron.SaveDialogOptions = { title: 'Export notes', defaultPath: suggestedName }
  const window = BrowserWindow.getFocusedWindow()
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
  return result.canceled || !result.filePath ? null : result.filePath
}
