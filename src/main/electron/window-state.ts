import { join } from 'node:path'
import { Low } from 'lowdb'
import type { BrowserWindow } from 'electron'
import { DurableJsonFile } from '../store/durable-json-file'
import type { WindowBounds } from './window-options'

const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 820 }

/** Remembers the window's size and position between runs. */
export async function loadWindowState(dataDir: string): Promise<Low<WindowBounds>> {
  const db = new Low<WindowBounds>(new DurableJsonFile(join(dataDir, 'window-state.json')), DEFAULT_BOUNDS)
  await db.read().catch(() => undefined)
  const { width, height } = db.data
  if (!(width >= 400 && height >= 300)) db.data = DEFAULT_BOUNDS
  return db
}

export function trackWindowState(window: BrowserWindow, db: Low<WindowBounds>): void {
  window.on('close', () => {
    if (window.isMinimized() || window.isFullScreen()) return
    db.data = window.getNormalBounds()
    void db.write()
  })
}
