/**
 * A stand-in for the `electron` module, for running the BUILT main process (out/main/index.js) in plain Node where no
 * Electron binary can be had. `desktop-stand-in.ts` starts it in a child process; this half answers the main process's
 * calls as Electron would, and hands what only a browser can do to the other half, which drives real Chromium pages
 * through Playwright. It gives what the shell depends on:
 * - `app`: argv laid out as under `electron APP_PATH ...` (`process.defaultApp`), userData, events (ready, will-quit
 *   and quit as `app.quit()` sends them, window-all-closed, second-instance, open-url), a single-instance lock per
 *   userData folder (a lock file and a Unix socket there, as Chromium's ProcessSingleton keeps on Linux);
 * - `protocol.handle` with web `Request` and `Response`, which serves every request of the page;
 * - `BrowserWindow` and its `webContents`: one Chromium page each, loading state and events (did-finish-load,
 *   ready-to-show, will-navigate, close), `send`, and `mainFrame`/`senderFrame` with the `url` and `origin` Chromium
 *   reports (`location.origin` in the frame), translated from the stand-in's https host back to app://;
 * - `ipcMain.handle`, answered for calls from the pages' preload; `dialog`, `Menu`, `shell`, `nativeTheme`,
 *   `screen` and `powerMonitor` as plain objects that tests script through `evaluateMain`.
 * Its limits: the preload runs in the page's main world, not an isolated world, and values cross as Playwright and
 * Node's IPC serialize them rather than by structured clone; the page is served from https://parallax.app.stand-in,
 * never from app:// (the main process never sees that name); permission handlers are recorded, not consulted; roles
 * of menu items do nothing; `webUtils.getPathForFile` knows only files the test dropped by path; there is one
 * display (or those in PARALLAX_STAND_IN_DISPLAYS) and no real window manager, so focus, minimizing and maximizing
 * are states kept here; GPU, printing, notifications, tray, auto-update and native modules are not there at all.
 */
import { EventEmitter } from 'node:events'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createConnection, createServer, type Server } from 'node:net'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { Rpc, type Message } from './rpc'

const rpc = new Rpc((message) => process.send?.(message))
process.on('message', (message: Message) => void rpc.receive(message))
// The channel to the test keeps this process alive, as Electron's own loop does until the app quits; without the test it ends.
process.on('disconnect', () => process.exit(1))

/** An event the main process may prevent, as Electron's are. */
class StandInEvent {
  defaultPrevented = false
  preventDefault(): void {
    this.defaultPrevented = true
  }
}

function emitPreventable(emitter: EventEmitter, name: string, ...args: unknown[]): boolean {
  const event = new StandInEvent()
  emitter.emit(name, event, ...args)
  return event.defaultPrevented
}

function readPackage(appPath: string): { name?: string; productName?: string; version?: string } {
  return JSON.parse(readFileSync(join(appPath, 'package.json'), 'utf8')) as { name?: string; productName?: string; version?: string }
}

class App extends EventEmitter {
  readonly isPackaged = false
  readonly #paths = new Map<string, string>()
  readonly #appPath = resolve(process.argv[1] ?? '.')
  readonly #package = readPackage(this.#appPath)
  #ready = false
  #quitting = false
  #singleton: Server | undefined
  readonly #readyPromise: Promise<void>
  readonly protocolClients = new Map<string, { path: string; args: string[] }>()

  constructor() {
    super()
    this.#readyPromise = new Promise((done) => setImmediate(() => {
      this.#ready = true
      this.emit('ready', new StandInEvent(), {})
      done()
    }))
  }

  get name(): string {
    return this.#package.productName ?? this.#package.name ?? 'Electron'
  }

  getName(): string {
    return this.name
  }

  getVersion(): string {
    return this.#package.version ?? '0.0.0'
  }

  getAppPath(): string {
    return this.#appPath
  }

  isReady(): boolean {
    return this.#ready
  }

  whenReady(): Promise<void> {
    return this.#readyPromise
  }

  getPath(name: string): string {
    const known = this.#paths.get(name)
    if (known) return known
    const appData = process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config')
    if (name === 'appData') return appData
    if (name === 'userData') return join(appData, this.name)
    if (name === 'temp') return process.env.TMPDIR ?? '/tmp'
    if (name === 'home') return homedir()
    throw new Error(`Failed to get '${name}' path`)
  }

  setPath(name: string, path: string): void {
    this.#paths.set(name, path)
  }

  setAsDefaultProtocolClient(protocol: string, path = process.execPath, args: string[] = []): boolean {
    this.protocolClients.set(protocol, { path, args })
    return true
  }

  isDefaultProtocolClient(protocol: string): boolean {
    return this.protocolClients.has(protocol)
  }

  /**
   * One instance per userData folder, as Electron's: the first holds a lock file with its process id and listens on a
   * socket beside it; a later one hands its argv, working folder and data to the first ('second-instance') and gets false.
   */
  requestSingleInstanceLock(additionalData: unknown = {}): boolean {
    const folder = this.getPath('userData')
    mkdirSync(folder, { recursive: true })
    const lockFile = join(folder, 'SingletonLock')
    const socket = join(folder, 'SingletonSocket')
    const holder = existsSync(lockFile) ? Number(readFileSync(lockFile, 'utf8')) : NaN
    if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
      handOver(socket, { argv: process.argv.slice(), workingDirectory: process.cwd(), additionalData })
      return false
    }
    rmSync(socket, { force: true })
    writeFileSync(lockFile, String(process.pid))
    this.#singleton = createServer((connection) => {
      let text = ''
      connection.setEncoding('utf8')
      connection.on('data', (chunk: string) => (text += chunk))
      connection.on('end', () => {
        const { argv, workingDirectory, additionalData: data } = JSON.parse(text) as { argv: string[]; workingDirectory: string; additionalData: unknown }
        void this.whenReady().then(() => this.emit('second-instance', new StandInEvent(), argv, workingDirectory, data))
      })
    }).listen(socket)
    this.#singleton.unref()
    process.on('exit', () => {
      rmSync(lockFile, { force: true })
      rmSync(socket, { force: true })
    })
    return true
  }

  /** As Electron's: before-quit, then every window is asked to close, then will-quit; any of them may stop it. */
  quit(): void {
    if (this.#quitting) return
    if (emitPreventable(this, 'before-quit')) return
    this.#quitting = true
    for (const window of BrowserWindow.getAllWindows()) window.close()
    if (BrowserWindow.getAllWindows().length > 0 || emitPreventable(this, 'will-quit')) {
      this.#quitting = false
      return
    }
    this.emit('quit', new StandInEvent(), 0)
    void exitWhenSent(0)
  }

  exit(code = 0): void {
    void exitWhenSent(code)
  }

  get quitting(): boolean {
    return this.#quitting
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** A second instance's hand-over, sent before it exits (its quit waits for the socket to close). */
const handOvers: Promise<void>[] = []
function handOver(socket: string, message: unknown): void {
  handOvers.push(
    new Promise((done) => {
      const connection = createConnection(socket, () => connection.end(JSON.stringify(message)))
      connection.on('close', () => done())
      connection.on('error', () => done())
    })
  )
}

async function exitWhenSent(code: number): Promise<void> {
  await Promise.all(handOvers)
  await rpc.call('exiting', { code }).catch(() => undefined)
  process.exit(code)
}

export const app = new App()

interface FrameInfo {
  url: string
  origin: string
  /** Null for the top frame; a child frame reports its parent's URL and origin. */
  parent: { url: string; origin: string } | null
}

/** What Electron's WebFrameMain gives of a frame, from what Chromium reported for it. */
class WebFrameMain {
  readonly url: string
  readonly origin: string
  readonly parent: WebFrameMain | null
  readonly name = ''

  constructor(info: FrameInfo) {
    this.url = info.url
    this.origin = info.origin
    this.parent = info.parent ? new WebFrameMain({ ...info.parent, parent: null }) : null
  }

  get top(): WebFrameMain {
    return this.parent ?? this
  }

  isDestroyed(): boolean {
    return false
  }
}

type WindowOpenHandler = (details: { url: string; frameName: string; features: string; disposition: string }) => { action: 'allow' | 'deny' }

class WebContents extends EventEmitter {
  readonly id: number
  readonly #window: BrowserWindow
  #loading = false
  #url = ''
  #origin = 'null'
  #openHandler: WindowOpenHandler | undefined

  constructor(window: BrowserWindow) {
    super()
    this.id = window.id
    this.#window = window
  }

  async loadURL(url: string): Promise<void> {
    this.#loading = true
    this.emit('did-start-loading')
    await rpc.call('load-url', { windowId: this.id, url })
  }

  /** The renderer side's report of a load (one of loadURL's, a reload, or a navigation the page made). */
  loaded(url: string, origin: string): void {
    this.#loading = false
    this.#url = url
    this.#origin = origin
    this.emit('dom-ready', new StandInEvent())
    this.emit('did-finish-load', new StandInEvent())
    this.#window.loaded()
  }

  isLoading(): boolean {
    return this.#loading
  }

  getURL(): string {
    return this.#url
  }

  get mainFrame(): WebFrameMain {
    return new WebFrameMain({ url: this.#url, origin: this.#origin, parent: null })
  }

  send(channel: string, ...args: unknown[]): void {
    void rpc.call('send', { windowId: this.id, channel, args }).catch(() => undefined)
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.#openHandler = handler
  }

  /** The renderer side asks before a page's own navigation and before a window the page opens. */
  allowsNavigation(url: string): boolean {
    return !emitPreventable(this, 'will-navigate', url)
  }

  allowsWindow(url: string): boolean {
    return (this.#openHandler?.({ url, frameName: '', features: '', disposition: 'new-window' }).action ?? 'allow') === 'allow'
  }

  /** The preferences the page runs with: the window's own over Electron's defaults for them. */
  getLastWebPreferences(): Electron.WebPreferences {
    return { contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false, ...this.#window.webPreferences }
  }

  isDestroyed(): boolean {
    return this.#window.isDestroyed()
  }

  focus(): void {
    this.#window.focus()
  }
}

interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

export class BrowserWindow extends EventEmitter {
  static #next = 1
  static readonly #all: BrowserWindow[] = []
  static #focused: BrowserWindow | null = null

  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.#all.slice()
  }

  static getFocusedWindow(): BrowserWindow | null {
    return BrowserWindow.#focused
  }

  static fromId(id: number): BrowserWindow | null {
    return BrowserWindow.#all.find((window) => window.id === id) ?? null
  }

  readonly id = BrowserWindow.#next++
  readonly webContents: WebContents
  readonly webPreferences: Electron.WebPreferences
  #bounds: Rectangle
  #visible = false
  #minimized = false
  #maximized = false
  #destroyed = false
  #shownOnce = false
  #background: string

  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    super()
    if (!app.isReady()) throw new Error('Cannot create BrowserWindow before app is ready')
    this.webPreferences = options.webPreferences ?? {}
    this.#bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 }
    this.#background = (options.backgroundColor ?? '#FFFFFF').toUpperCase()
    this.webContents = new WebContents(this)
    BrowserWindow.#all.push(this)
    void rpc.call('create-window', { windowId: this.id, preload: this.webPreferences.preload, bounds: this.#bounds })
    if (options.show !== false) this.show()
  }

  loaded(): void {
    if (this.#shownOnce) return
    this.#shownOnce = true
    this.emit('ready-to-show', new StandInEvent())
  }

  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url)
  }

  show(): void {
    this.#visible = true
    this.#minimized = false
    this.focus()
    this.emit('show')
  }

  hide(): void {
    this.#visible = false
  }

  isVisible(): boolean {
    return this.#visible
  }

  focus(): void {
    BrowserWindow.#focused = this
    this.emit('focus')
    void rpc.call('focus-window', { windowId: this.id }).catch(() => undefined)
  }

  isFocused(): boolean {
    return BrowserWindow.#focused === this
  }

  minimize(): void {
    this.#minimized = true
    if (BrowserWindow.#focused === this) BrowserWindow.#focused = null
  }

  restore(): void {
    this.#minimized = false
  }

  isMinimized(): boolean {
    return this.#minimized
  }

  maximize(): void {
    this.#maximized = true
    this.#visible = true
  }

  unmaximize(): void {
    this.#maximized = false
  }

  isMaximized(): boolean {
    return this.#maximized
  }

  isFullScreen(): boolean {
    return false
  }

  getBounds(): Rectangle {
    return { ...this.#bounds }
  }

  setBounds(bounds: Partial<Rectangle>): void {
    this.#bounds = { ...this.#bounds, ...bounds }
  }

  getNormalBounds(): Rectangle {
    return this.getBounds()
  }

  setBackgroundColor(color: string): void {
    this.#background = color.toUpperCase()
  }

  /** As Electron's: #RRGGBB in capitals (the stand-in takes only that form of colour). */
  getBackgroundColor(): string {
    return this.#background
  }

  /** As Electron's: 'close' may be prevented; then the window is gone ('closed'), and with the last one window-all-closed. */
  close(): void {
    if (this.#destroyed || emitPreventable(this, 'close')) return
    this.destroy()
  }

  destroy(): void {
    if (this.#destroyed) return
    this.#destroyed = true
    BrowserWindow.#all.splice(BrowserWindow.#all.indexOf(this), 1)
    if (BrowserWindow.#focused === this) BrowserWindow.#focused = null
    void rpc.call('close-page', { windowId: this.id }).catch(() => undefined)
    this.emit('closed')
    if (BrowserWindow.#all.length === 0 && !app.quitting) {
      if (app.listenerCount('window-all-closed') > 0) app.emit('window-all-closed')
      else app.quit()
    }
  }

  isDestroyed(): boolean {
    return this.#destroyed
  }
}

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown

class IpcMain extends EventEmitter {
  readonly #handlers = new Map<string, InvokeHandler>()

  handle(channel: string, handler: InvokeHandler): void {
    if (this.#handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.#handlers.set(channel, handler)
  }

  removeHandler(channel: string): void {
    this.#handlers.delete(channel)
  }

  async invoke(window: BrowserWindow, channel: string, args: unknown[], frame: FrameInfo): Promise<unknown> {
    const handler = this.#handlers.get(channel)
    if (!handler) throw new Error(`No handler registered for '${channel}'`)
    const event = { type: 'frame', sender: window.webContents, senderFrame: new WebFrameMain(frame), frameId: 1, processId: window.id }
    return handler(event, ...args)
  }
}

export const ipcMain = new IpcMain()

type ProtocolHandler = (request: Request) => Response | Promise<Response>

class Protocol {
  readonly #privileged: Electron.CustomScheme[] = []
  readonly #handlers = new Map<string, ProtocolHandler>()

  registerSchemesAsPrivileged(schemes: Electron.CustomScheme[]): void {
    if (app.isReady()) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready')
    this.#privileged.push(...schemes)
  }

  handle(scheme: string, handler: ProtocolHandler): void {
    this.#handlers.set(scheme, handler)
  }

  isProtocolHandled(scheme: string): boolean {
    return this.#handlers.has(scheme)
  }

  async respond(url: string, method: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string>; body: Uint8Array }> {
    const scheme = new URL(url).protocol.slice(0, -1)
    const handler = this.#handlers.get(scheme)
    if (!handler) return { status: 404, headers: {}, body: new Uint8Array() }
    const response = await handler(new Request(url, { method, headers }))
    return { status: response.status, headers: Object.fromEntries(response.headers), body: new Uint8Array(await response.arrayBuffer()) }
  }
}

export const protocol = new Protocol()

export const session = {
  defaultSession: {
    permissionRequestHandler: null as unknown,
    permissionCheckHandler: null as unknown,
    setPermissionRequestHandler(handler: unknown) {
      this.permissionRequestHandler = handler
    },
    setPermissionCheckHandler(handler: unknown) {
      this.permissionCheckHandler = handler
    }
  }
}

/** Cancelled by default; tests script the answers by replacing these through `evaluateMain`, as on real Electron. */
export const dialog = {
  async showOpenDialog(): Promise<Electron.OpenDialogReturnValue> {
    return { canceled: true, filePaths: [] }
  },
  async showSaveDialog(): Promise<Electron.SaveDialogReturnValue> {
    return { canceled: true, filePath: '' }
  },
  async showMessageBox(): Promise<Electron.MessageBoxReturnValue> {
    return { response: 0, checkboxChecked: false }
  },
  errorBoxes: [] as { title: string; content: string }[],
  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content })
    process.stderr.write(`[error box] ${title}: ${content}\n`)
  }
}

class MenuItem {
  readonly label: string
  readonly role: string | undefined
  readonly type: string
  readonly accelerator: string | undefined
  readonly enabled: boolean
  readonly submenu: Menu | undefined
  readonly #click: Electron.MenuItemConstructorOptions['click']

  constructor(options: Electron.MenuItemConstructorOptions) {
    this.label = options.label ?? ''
    this.role = options.role
    this.type = options.type ?? (options.submenu ? 'submenu' : 'normal')
    this.accelerator = options.accelerator
    this.enabled = options.enabled ?? true
    this.submenu = options.submenu ? Menu.buildFromTemplate(options.submenu as Electron.MenuItemConstructorOptions[]) : undefined
    this.#click = options.click
  }

  /** As Electron's MenuItem.click: the template's click gets the item, the focused window and the event. */
  click(event: unknown = {}, focusedWindow = BrowserWindow.getFocusedWindow()): void {
    this.#click?.(this as unknown as Electron.MenuItem, focusedWindow as unknown as Electron.BrowserWindow, event as Electron.KeyboardEvent)
  }
}

export class Menu {
  static #application: Menu | null = null

  static buildFromTemplate(template: Electron.MenuItemConstructorOptions[]): Menu {
    return new Menu(template.map((item) => new MenuItem(item)))
  }

  static setApplicationMenu(menu: Menu | null): void {
    Menu.#application = menu
  }

  static getApplicationMenu(): Menu | null {
    return Menu.#application
  }

  readonly items: MenuItem[]

  constructor(items: MenuItem[] = []) {
    this.items = items
  }
}

export const shell = {
  opened: [] as string[],
  async openPath(path: string): Promise<string> {
    this.opened.push(path)
    return ''
  },
  async openExternal(url: string): Promise<void> {
    this.opened.push(url)
  },
  showItemInFolder(path: string): void {
    this.opened.push(path)
  }
}

class NativeTheme extends EventEmitter {
  #source: 'system' | 'light' | 'dark' = 'system'
  /** What the system's own setting is; Chromium's default outside a desktop, light. */
  systemDark = false

  get themeSource(): 'system' | 'light' | 'dark' {
    return this.#source
  }

  set themeSource(source: 'system' | 'light' | 'dark') {
    this.#source = source
    this.emit('updated')
  }

  get shouldUseDarkColors(): boolean {
    return this.#source === 'dark' || (this.#source === 'system' && this.systemDark)
  }
}

export const nativeTheme = new NativeTheme()

interface Display {
  id: number
  bounds: Rectangle
  workArea: Rectangle
  scaleFactor: number
}

const displays: Display[] = process.env.PARALLAX_STAND_IN_DISPLAYS
  ? (JSON.parse(process.env.PARALLAX_STAND_IN_DISPLAYS) as Display[])
  : [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, scaleFactor: 1 }]

export const screen = {
  getAllDisplays(): Display[] {
    if (!app.isReady()) throw new Error("The 'screen' module can't be used before the app 'ready' event")
    return displays
  },
  getPrimaryDisplay(): Display {
    return this.getAllDisplays()[0]!
  }
}

export const powerMonitor = new EventEmitter()

const electron = { app, BrowserWindow, ipcMain, protocol, session, dialog, Menu, shell, nativeTheme, screen, powerMonitor }
export default electron

rpc.handle<{ windowId: number; channel: string; args: unknown[]; frame: FrameInfo }>('invoke', ({ windowId, channel, args, frame }) => {
  const window = BrowserWindow.fromId(windowId)
  if (!window) throw new Error('That window is gone.')
  return ipcMain.invoke(window, channel, args, frame)
})
rpc.handle<{ url: string; method: string; headers: Record<string, string> }>('protocol', ({ url, method, headers }) => protocol.respond(url, method, headers))
rpc.handle<{ windowId: number; url: string; origin: string }>('loaded', ({ windowId, url, origin }) => BrowserWindow.fromId(windowId)?.webContents.loaded(url, origin))
rpc.handle<{ windowId: number; url: string }>('will-navigate', ({ windowId, url }) => BrowserWindow.fromId(windowId)?.webContents.allowsNavigation(url) ?? false)
rpc.handle<{ windowId: number; url: string }>('window-open', ({ windowId, url }) => BrowserWindow.fromId(windowId)?.webContents.allowsWindow(url) ?? false)
rpc.handle<{ windowId: number }>('user-closes-window', ({ windowId }) => BrowserWindow.fromId(windowId)?.close())
rpc.handle<{ source: string; arg: unknown }>('evaluate', async ({ source, arg }) => {
  // The test's function, sent as text as Playwright's ElectronApplication.evaluate sends it, run with this module.
  const run = (0, eval)(`(${source})`) as (module: typeof electron, arg: unknown) => unknown
  return run(electron, arg)
})
