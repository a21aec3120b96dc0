import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, JSHandle, Page, Route, Request as PageRequest, Frame } from '@playwright/test'
import { APP_ROOT, dropChosenFiles, type DesktopShell, type ElectronMain } from '../desktop-shell'
import { Rpc, type Message } from './rpc'
import { appUrlOf, isAppPageUrl, pageUrlOf } from './app-urls'
import { installPreloadWorld, IPC_BINDING } from './preload-world'

const MAIN_BUNDLE = join(APP_ROOT, 'out', 'main', 'index.js')
const REGISTER = join(import.meta.dirname, 'register.ts')

export interface LaunchOptions {
  args: string[]
  env?: Record<string, string>
}

/**
 * The renderer half of the stand-in (see electron.ts for the main half and the limits): the built main bundle runs in
 * a child Node process; each of its windows is a page of real Chromium here, its requests answered by the main
 * process's protocol handlers, its preload run as Electron runs a sandboxed one, and its IPC sent to the main process.
 */
export class StandInShell implements DesktopShell {
  readonly kind = 'stand-in'
  readonly #child: ChildProcess
  readonly #rpc: Rpc
  readonly #context: BrowserContext
  readonly #pages = new Map<number, Page>()
  readonly #windowIds = new Map<Page, number>()
  readonly #creating = new Map<number, Promise<Page>>()
  /** Windows whose next navigation is the main process's loadURL, not one the page makes (which asks will-navigate). */
  readonly #navigatingByMain = new Set<number>()
  /** Windows in a loadURL, whose load loadURL reports itself. */
  readonly #loadingByMain = new Set<number>()
  readonly #exit: Promise<number | null>
  #firstWindow: Promise<Page>
  #resolveFirst: (page: Page) => void = () => undefined
  #output = ''

  private constructor(child: ChildProcess, context: BrowserContext) {
    this.#child = child
    this.#context = context
    this.#rpc = new Rpc((message) => {
      if (!child.connected) return
      // A main process that is quitting closes its end between the check and the write: the answer then has no one to
      // reach, and its exit is what the test sees. Any other failure to send is the test's to report.
      child.send(message, (error) => {
        if (error && (error as NodeJS.ErrnoException).code !== 'EPIPE') throw error
      })
    })
    child.on('message', (message: Message) => void this.#rpc.receive(message))
    child.stdout?.on('data', (chunk: Buffer) => (this.#output += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (this.#output += chunk.toString()))
    this.#exit = new Promise((done) => child.on('exit', (code) => done(code)))
    void this.#exit.then(() => this.#rpc.close('The main process has ended.'))
    this.#firstWindow = new Promise((done) => (this.#resolveFirst = done))
    this.#answerMainProcess()
  }

  static async launch(browser: Browser, options: LaunchOptions): Promise<StandInShell> {
    const context = await browser.newContext()
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', REGISTER, MAIN_BUNDLE, ...options.args], {
      cwd: APP_ROOT,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'advanced'
    })
    const shell = new StandInShell(child, context)
    await shell.#serveAppPages()
    return shell
  }

  firstWindow(): Promise<Page> {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`No window opened:\n${this.#output}`)), 20_000).unref())
    return Promise.race([this.#firstWindow, this.#exit.then(() => Promise.reject(new Error(`The app ended before opening a window:\n${this.#output}`))), timeout])
  }

  windows(): Page[] {
    return [...this.#pages.values()]
  }

  evaluateMain<Result, Arg>(fn: (electron: ElectronMain, arg: Arg) => Result | Promise<Result>, arg: Arg): Promise<Awaited<Result>> {
    return this.#rpc.call('evaluate', { source: fn.toString(), arg })
  }

  dropFiles(page: Page, paths: string[], beforeDrop?: () => Promise<void>): Promise<void> {
    return dropChosenFiles(page, paths, beforeDrop, async (files, chosen) => {
      await (files as JSHandle<File[]>).evaluate((list, named) => (window as unknown as { __standInDropped: (files: File[], paths: string[]) => void }).__standInDropped(list, named), chosen)
    })
  }

  async quit(): Promise<void> {
    if (this.#child.exitCode !== null) return
    await this.evaluateMain(({ app }) => app.quit(), null).catch(() => undefined)
    await this.exited()
  }

  /** The user closes a window with its close button. */
  async closeWindow(page: Page): Promise<void> {
    await this.#rpc.call('user-closes-window', { windowId: this.#windowIds.get(page) })
  }

  async exited(): Promise<number | null> {
    const code = await this.#exit
    await this.#context.close().catch(() => undefined)
    return code
  }

  output(): string {
    return this.#output
  }

  /** Ends the main process whatever state it is in. */
  kill(): void {
    this.#child.kill('SIGKILL')
  }

  /** The pages' requests to app:// (as the stand-in's https host) go to the main process's protocol handlers. */
  async #serveAppPages(): Promise<void> {
    await this.#context.exposeBinding(IPC_BINDING, async ({ page, frame }, message: { kind: 'invoke'; channel: string; args: unknown[] }) => {
      const windowId = this.#windowIds.get(page)
      return this.#rpc.call('invoke', { windowId, channel: message.channel, args: message.args, frame: await frameInfo(frame) })
    })
    await this.#context.route('**/*', (route, request) => this.#route(route, request))
  }

  async #route(route: Route, request: PageRequest): Promise<void> {
    // A window the page opens asks for its first page before it has a frame; its opening is decided on 'popup'.
    const frame = request.isNavigationRequest() && request.url() !== 'about:blank' ? topFrameOf(request) : request.frame()
    const windowId = frame ? this.#windowIds.get(frame.page()) : undefined
    if (frame && windowId !== undefined && request.isNavigationRequest()) {
      const allowed = this.#navigatingByMain.delete(windowId) || (await this.#rpc.call<boolean>('will-navigate', { windowId, url: appUrlOf(request.url()) }))
      if (!allowed) return route.abort('aborted')
    }
    if (!isAppPageUrl(request.url())) return route.continue()
    const answer = await this.#rpc.call<{ status: number; headers: Record<string, string>; body: Uint8Array }>('protocol', {
      url: appUrlOf(request.url()),
      method: request.method(),
      headers: request.headers()
    })
    await route.fulfill({ status: answer.status, headers: answer.headers, body: Buffer.from(answer.body) })
  }

  #answerMainProcess(): void {
    this.#rpc.handle<{ windowId: number; preload?: string; bounds: { width: number; height: number } }>('create-window', async ({ windowId, preload, bounds }) => {
      const creating = this.#openPage(windowId, preload, bounds)
      this.#creating.set(windowId, creating)
      await creating
    })
    this.#rpc.handle<{ windowId: number; url: string }>('load-url', async ({ windowId, url }) => {
      const page = await this.#creating.get(windowId)!
      this.#navigatingByMain.add(windowId)
      this.#loadingByMain.add(windowId)
      try {
        await page.goto(pageUrlOf(url), { waitUntil: 'load' })
      } finally {
        this.#navigatingByMain.delete(windowId)
        this.#loadingByMain.delete(windowId)
      }
      await this.#reportLoaded(windowId, page)
    })
    this.#rpc.handle<{ windowId: number; channel: string; args: unknown[] }>('send', async ({ windowId, channel, args }) => {
      const page = this.#pages.get(windowId)
      await page
        ?.evaluate(([name, values]) => (window as unknown as { __standInDeliver?: (channel: string, args: unknown[]) => void }).__standInDeliver?.(name, values), [channel, args] as const)
        .catch(() => undefined)
    })
    this.#rpc.handle<{ windowId: number }>('focus-window', async ({ windowId }) => {
      await (await this.#creating.get(windowId))?.bringToFront()
    })
    this.#rpc.handle<{ windowId: number }>('close-page', async ({ windowId }) => {
      const page = this.#pages.get(windowId)
      this.#pages.delete(windowId)
      await page?.close()
    })
    this.#rpc.handle('exiting', () => undefined)
  }

  async #openPage(windowId: number, preload: string | undefined, bounds: { width: number; height: number }): Promise<Page> {
    const page = await this.#context.newPage()
    this.#pages.set(windowId, page)
    this.#windowIds.set(page, windowId)
    await page.setViewportSize({ width: bounds.width, height: bounds.height })
    if (preload) {
      const source = readFileSync(preload, 'utf8')
      await page.addInitScript({ content: `(${installPreloadWorld.toString()})(function (require, module, exports) {\n${source}\n}, ${JSON.stringify(IPC_BINDING)})` })
    }
    // A load the page makes itself (a reload, a link it was allowed to follow) is reported too, as did-finish-load.
    page.on('load', () => {
      if (!this.#loadingByMain.has(windowId)) void this.#reportLoaded(windowId, page).catch(() => undefined)
    })
    page.on('popup', (popup) => {
      void this.#rpc.call<boolean>('window-open', { windowId, url: appUrlOf(popup.url()) }).then(async (allowed) => {
        if (!allowed) await popup.close()
      })
    })
    if (this.#pages.size === 1) this.#resolveFirst(page)
    return page
  }

  async #reportLoaded(windowId: number, page: Page): Promise<void> {
    const { url, origin } = await frameInfo(page.mainFrame())
    await this.#rpc.call('loaded', { windowId, url, origin })
  }
}

/** The top frame a navigation request is for, or null for a subframe's or a new window's. */
function topFrameOf(request: PageRequest): Frame | null {
  try {
    const frame = request.frame()
    return frame === frame.page().mainFrame() ? frame : null
  } catch {
    return null
  }
}

/** A frame as the main process's WebFrameMain reports it: Chromium's URL and origin, translated back to app://. */
async function frameInfo(frame: Frame): Promise<{ url: string; origin: string; parent: { url: string; origin: string } | null }> {
  const describe = async (each: Frame) => ({ url: appUrlOf(each.url()), origin: appUrlOf(await each.evaluate(() => location.origin).catch(() => 'null')) })
  const parent = frame.parentFrame()
  return { ...(await describe(frame)), parent: parent ? await describe(parent) : null }
}
