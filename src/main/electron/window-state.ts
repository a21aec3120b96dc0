import { join } from 'node:path'
import { Low } from 'lowdb'
import { z } from 'zod'
import type { BrowserWindow } from 'electron'
import { DurableJsonFile } from '../store/durable-json-file'
import type { ThemeChoice } from '../../shared/model'
import type { WindowBounds } from './window-placement'

const windowStateSchema = z.object({
  bounds: z.object({
    x: z.number().int().optional(),
    y: z.number().int().optional(),
    width: z.number().int().min(400).max(100_000),
    height: z.number().int().min(300).max(100_000)
  }),
  maximized: z.boolean(),
  /** The theme last chosen in the app, so the window's first frame and native title bar already wear it. */
  theme: z.enum(['system', 'light', 'dark'])
})

export type WindowStateData = z.infer<typeof windowStateSchema>

const DEFAULTS: WindowStateData = { bounds: { width: 1280, height: 820 }, maximized: false, theme: 'system' }

/** The desktop window's size, position, maximized state and theme between runs (`window-state.json`, on this machine). */
export class WindowState {
  readonly #db: Low<WindowStateData>
  #writing: Promise<void> = Promise.resolve()

  private constructor(db: Low<WindowStateData>) {
    this.#db = db
  }

  /** Reads the saved state; a missing, unreadable or out-of-range file gives the defaults. */
  static async load(dataDir: string): Promise<WindowState> {
    const db = new Low<WindowStateData>(new DurableJsonFile(join(dataDir, 'window-state.json')), DEFAULTS)
    await db.read().catch(() => undefined)
    const parsed = windowStateSchema.safeParse(db.data)
    db.data = parsed.success ? parsed.data : DEFAULTS
    return new WindowState(db)
  }

  get data(): WindowStateData {
    return this.#db.data
  }

  /** Records where the window is as it closes; `saved()` then settles once that is on disk. */
  track(window: BrowserWindow): void {
    window.on('close', () => {
      this.#change({ bounds: window.getNormalBounds(), maximized: window.isMaximized() })
    })
  }

  rememberTheme(theme: ThemeChoice): void {
    if (theme !== this.#db.data.theme) this.#change({ theme })
  }

  /** Settles once every change recorded so far is on disk (or could not be written, which costs only the window's place). */
  saved(): Promise<void> {
    return this.#writing
  }

  #change(change: Partial<WindowStateData>): void {
    this.#db.data = { ...this.#db.data, ...change, bounds: roundBounds(change.bounds ?? this.#db.data.bounds) }
    this.#writing = this.#db.write().catch((error: unknown) => {
      console.error(`Parallax could not save the window's place: ${error instanceof Error ? error.message : String(error)}`)
    })
  }
}

function roundBounds(bounds: WindowBounds): WindowBounds {
  const { x, y, width, height } = bounds
  return { ...(x === undefined ? {} : { x: Math.round(x) }), ...(y === undefined ? {} : { y: Math.round(y) }), width: Math.round(width), height: Math.round(height) }
}
