import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, screen, session, shell } from 'electron'
import { createServices } from './container'
import { createDispatch } from './ipc/dispatch'
import { requestedDataDir } from './data-dir'
import { appPaths } from './app-paths'
import { APP_PAGE_URL, registerAppScheme, serveRenderer } from './electron/app-protocol'
import { registerIpc } from './ipc/register-ipc'
import { push } from './ipc/push'
import { menuTemplate } from './electron/menu'
import { mainWindowOptions } from './electron/window-options'
import { WindowState } from './electron/window-state'
import { placeOnDisplays } from './electron/window-placement'
import { followTheme, wearTheme } from './electron/window-theme'
import { PassageLinks, registerLinkHandler } from './electron/passage-links'
import { launchArgs } from './electron/launch-args'
import { trustsFramesOf } from './electron/trusted-sender'
import { stopBeforeExit } from './electron/stop-before-exit'
import { BACKUP_EVERY_MINUTES } from './store/backups'
import { dataFolder } from './store/data-folder'
import { claimDataFolder } from './store/claim-data-folder'
import type { MenuCommand } from '../shared/contract/push-events'
import { ANNOTATION_EXTENSIONS } from './import/classify'
import { SUPPORTED_EXTENSIONS } from '../shared/file-formats'
import { AppError } from '../shared/errors'

const defaultApp = process.defaultApp === true
const launch = launchArgs(process.argv, defaultApp)
const chosenDataDir = requestedDataDir(launch.dataDir, process.env)
if (chosenDataDir) app.setPath('userData', chosenDataDir)
const pageUrl = (!app.isPackaged && process.env.ELECTRON_RENDERER_URL) || APP_PAGE_URL

registerAppScheme()
registerLinkHandler(app.getAppPath(), chosenDataDir)
const passageLinks = new PassageLinks()

// Electron keeps one instance per userData folder, so a second launch on the same data folder lands here.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', (_event, argv) => {
    const [window] = BrowserWindow.getAllWindows()
    if (window?.isMinimized()) window.restore()
    window?.focus()
    passageLinks.open(launchArgs(argv, defaultApp).links)
  })
  app.on('open-url', (event, url) => {
    event.preventDefault()
    passageLinks.open([url])
  })
  passageLinks.open(launch.links)
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
  const { lock, machine } = await claimDataFolder(dataDir)
  process.on('exit', lock.releaseSync)
  // One data folder for the services and the window's state, so the window's file has the same backups and notices.
  const folder = dataFolder(dataDir, undefined, machine)
  // The window loads while the library is read; its first calls wait for the services.
  const booting = createServices({
    dataDir,
    folder,
    seedsDir: paths.seedsDir,
    version: app.getVersion(),
    transport: 'electron',
    backupEveryMinutes: BACKUP_EVERY_MINUTES,
    indexAtStart: true,
    // Built beside this entry (electron.vite.config.ts), and shipped with it.
    fingerprintWorker: new URL('./fingerprint-worker.js', import.meta.url),
    searchWorker: new URL('./search-worker.js', import.meta.url),
    pickFiles,
    pickSavePath
  })
  const trusted = trustsFramesOf(pageUrl)
  registerIpc(ipcMain, createDispatch(booting.then((services) => services.handlers)), (event) => trusted(event.senderFrame))
  serveRenderer(paths.rendererDir)
  // Everything is refused but writing to the clipboard, which "Copy as Markdown" needs.
  session.defaultSession.setPermissionRequestHandler((_webContents, permission, callback) => callback(permission === 'clipboard-sanitized-write'))
  session.defaultSession.setPermissionCheckHandler((_webContents, permission) => permission === 'clipboard-sanitized-write')
  // The window the menu acts on: the focused one, else the app's window (macOS keeps the menu when no window has focus).
  const send = (command: MenuCommand) => {
    const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
    if (window) push(window.webContents, 'menuCommand', command)
  }
  const showDataFolder = () => void shell.openPath(dataDir)
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ platform: process.platform, isPackaged: app.isPackaged, version: app.getVersion(), send, showDataFolder })))

  const windowState = await WindowState.open(folder)
  wearTheme(windowState.data.theme)
  const primary = screen.getPrimaryDisplay()
  const workAreas = [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)].map((display) => display.workArea)
  const window = new BrowserWindow(mainWindowOptions(placeOnDisplays(windowState.data.bounds, workAreas), paths.preloadFile, nativeTheme.shouldUseDarkColors))
  windowState.track(window)
  window.webContents.on('will-navigate', (event) => event.preventDefault())
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  window.once('ready-to-show', () => {
    if (windowState.data.maximized) window.maximize()
    window.show()
  })
  passageLinks.attach(window)
  stopBeforeExit(window, async () => {
    const services = await booting
    await Promise.all([services.shutdown(), windowState.saved()])
  })
  const [services] = await Promise.all([booting, window.loadURL(pageUrl)])
  followTheme(window, services.settings, windowState)
}

/** File > Import…: the native multi-select dialog; macOS's takes folders too, elsewhere Import Folder… asks for folders. */
async function pickFiles(folders: boolean): Promise<string[] | null> {
  const kinds: Electron.OpenDialogOptions['properties'] = folders ? ['openDirectory'] : process.platform === 'darwin' ? ['openFile', 'openDirectory'] : ['openFile']
  const options: Electron.OpenDialogOptions = {
    title: folders ? 'Import folders' : 'Import documents',
    properties: [...kinds, 'multiSelections'],
    filters: folders
      ? []
      : [
          { name: 'Texts, web pages, Word files, PDFs and Parallax exports', extensions: [...SUPPORTED_EXTENSIONS, ...ANNOTATION_EXTENSIONS].map((extension) => extension.slice(1)) },
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
