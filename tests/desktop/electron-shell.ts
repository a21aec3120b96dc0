import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test'
import { electronBinary } from '../../scripts/electron-binary.mjs'
import { APP_ROOT, dropChosenFiles, type DesktopShell, type ElectronMain } from './desktop-shell'

/** Chromium refuses to start as root with its sandbox on; as an ordinary user the sandbox stays on. */
const SANDBOX_ARGS = process.getuid?.() === 0 ? ['--no-sandbox'] : []

let display: { env: Record<string, string>; server: ChildProcess | null } | undefined

/** Why the real desktop app cannot run here, or null when it can. */
export function electronUnavailable(): string | null {
  if (!electronBinary()) return 'No Electron binary here: npm 11 skips its download step and these machines cannot fetch it. Run `npm start` once where it can.'
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && spawnSync('which', ['Xvfb']).status !== 0) {
    return 'No display and no Xvfb to make one (apt-get install xvfb).'
  }
  return null
}

/** A display for the windows: the session's own, or a virtual one (Xvfb) started once for the test run. */
function displayEnv(): Record<string, string> {
  if (process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return {}
  if (!display) {
    const number = `:${90 + (process.pid % 9)}`
    const server = spawn('Xvfb', [number, '-screen', '0', '1600x1000x24', '-nolisten', 'tcp'], { stdio: 'ignore' })
    process.on('exit', () => server.kill())
    display = { env: { DISPLAY: number }, server }
  }
  return display.env
}

/** The desktop app on real Electron, through Playwright's `_electron`. */
export class ElectronShell implements DesktopShell {
  readonly kind = 'electron'
  readonly #app: ElectronApplication
  readonly #exit: Promise<number | null>
  #output = ''

  private constructor(app: ElectronApplication) {
    this.#app = app
    const child = app.process()
    child.stdout?.on('data', (chunk: Buffer) => (this.#output += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (this.#output += chunk.toString()))
    this.#exit = new Promise((done) => (child.exitCode !== null ? done(child.exitCode) : child.on('exit', (code) => done(code))))
  }

  static async launch(options: { args: string[]; env?: Record<string, string> }): Promise<ElectronShell> {
    const app = await electron.launch({
      executablePath: electronBinary()!,
      args: [APP_ROOT, ...SANDBOX_ARGS, ...options.args],
      env: { ...(process.env as Record<string, string>), ...displayEnv(), ...options.env }
    })
    return new ElectronShell(app)
  }

  firstWindow(): Promise<Page> {
    return this.#app.firstWindow()
  }

  windows(): Page[] {
    return this.#app.windows()
  }

  evaluateMain<Result, Arg>(fn: (electron: ElectronMain, arg: Arg) => Result | Promise<Result>, arg: Arg): Promise<Awaited<Result>> {
    return this.#app.evaluate(fn as never, arg) as Promise<Awaited<Result>>
  }

  dropFiles(page: Page, paths: string[], beforeDrop?: () => Promise<void>): Promise<void> {
    return dropChosenFiles(page, paths, beforeDrop)
  }

  async quit(): Promise<void> {
    if (this.#app.process().exitCode !== null) return
    await this.#app.close()
  }

  exited(): Promise<number | null> {
    return this.#exit
  }

  output(): string {
    return this.#output
  }
}

/** Starts the app once more with `args`, as a second launch from a terminal or a link does, and waits for it to end. */
export function runElectronAgain(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(electronBinary()!, [APP_ROOT, ...SANDBOX_ARGS, ...args], { env: { ...process.env, ...displayEnv() }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => done({ code, output }))
  })
}
