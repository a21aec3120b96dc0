import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'

const SERVE = resolve(import.meta.dirname, '..', '..', 'out', 'main', 'serve.js')
const URL_LINE = /(http:\/\/127\.0\.0\.1:\d+\/session\/[\w-]+\/)/

/** The real back end in browser mode, started as `npm run serve` would, on a data folder of its own. */
export class BrowserModeApp {
  readonly dataDir: string
  /** The machine id this back end runs as: the specs' own unless another "computer" is started on the same folder. */
  readonly machineId: string | undefined
  url = ''
  output = ''
  #child: ChildProcess | undefined

  private constructor(dataDir: string, machineId: string | undefined) {
    this.dataDir = dataDir
    this.machineId = machineId
  }

  /**
   * Starts the server and, unless `awaitServices` is false, waits until its services have read the data folder: the
   * address is printed before that, so a page can load meanwhile. A `machineId` starts it as another computer would,
   * one sharing the data folder through a sync tool.
   */
  static async launch(dataDir?: string, { awaitServices = true, machineId }: { awaitServices?: boolean; machineId?: string } = {}): Promise<BrowserModeApp> {
    const app = new BrowserModeApp(dataDir ?? (await mkdtemp(join(tmpdir(), 'parallax-e2e-'))), machineId)
    await app.start()
    if (awaitServices) await app.call('getAppInfo')
    return app
  }

  /** Makes one call to the back end, as the page would, and gives its value. */
  async call(name: string, input: unknown = {}): Promise<unknown> {
    const url = new URL(this.url)
    const response = await fetch(`${url.origin}/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Parallax-Token': this.token, Origin: url.origin },
      body: JSON.stringify(input)
    })
    const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } }
    if (!result.ok) throw new Error(result.error?.message)
    return result.value
  }

  /** The session token, from the address the server printed. */
  get token(): string {
    return new URL(this.url).pathname.split('/')[2]!
  }

  get pid(): number | undefined {
    return this.#child?.pid
  }

  get origin(): string {
    return new URL(this.url).origin
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, [SERVE, '--no-open', '--port', '0', '--data-dir', this.dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: this.machineId ? { ...process.env, PARALLAX_MACHINE_ID: this.machineId } : process.env
    })
    this.#child = child
    this.url = await new Promise<string>((resolveUrl, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve printed no address:\n${this.output}`)), 20_000)
      const read = (chunk: Buffer) => {
        this.output += chunk.toString()
        const match = URL_LINE.exec(this.output)
        if (match?.[1]) {
          clearTimeout(timer)
          resolveUrl(match[1])
        }
      }
      child.stdout.on('data', read)
      child.stderr.on('data', read)
      child.on('exit', (code) => {
        clearTimeout(timer)
        reject(new Error(`serve exited with ${code}:\n${this.output}`))
      })
    })
    this.output = ''
  }

  /** Stops the server; a page given is left first, as a user closes the tab, so nothing it still sends meets a stopped server. */
  async stop(page?: Page): Promise<void> {
    await page?.goto('about:blank')
    const child = this.#child
    if (!child || child.exitCode !== null) return
    await new Promise<void>((done) => {
      const force = setTimeout(() => child.kill('SIGKILL'), 5000)
      child.once('exit', () => {
        clearTimeout(force)
        done()
      })
      child.kill('SIGTERM')
    })
  }

  /** Restarts the back end as a user would: the page is left first (see `stop`). */
  async restart(page: Page): Promise<void> {
    await this.stop(page)
    await this.start()
    await this.call('getAppInfo')
  }

  async dispose(): Promise<void> {
    await this.stop()
    await rm(this.dataDir, { recursive: true, force: true })
  }
}
