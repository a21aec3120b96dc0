import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import type { ParallaxBridge } from '../../src/shared/contract/bridge'

declare global {
  interface Window {
    /** The desktop app's preload bridge, as the specs call it from the page. */
    parallax?: ParallaxBridge
  }
}

/** The app's folder: package.json, out/ and seeds/. */
export const APP_ROOT = resolve(import.meta.dirname, '..', '..')

/** Undocumented but kept by Electron: the preferences the page actually runs with, after Electron's own defaults. */
export type WithLastPreferences = Electron.WebContents & { getLastWebPreferences: () => Electron.WebPreferences | null }

/** The Electron module as the main process sees it, handed to `evaluateMain`. */
export type ElectronMain = typeof Electron.Main

/**
 * The desktop app, started for a test: on real Electron where a binary exists (Playwright's `_electron`), else on the
 * stand-in (`stand-in/`), which runs the same built main bundle and preload. The specs speak only through this.
 */
export interface DesktopShell {
  readonly kind: 'stand-in' | 'electron'
  /** The first window's page, once the main process has opened it. */
  firstWindow(): Promise<Page>
  windows(): Page[]
  /** Runs `fn` in the main process with the Electron module, as Playwright's ElectronApplication.evaluate does. */
  evaluateMain<Result, Arg>(fn: (electron: ElectronMain, arg: Arg) => Result | Promise<Result>, arg: Arg): Promise<Awaited<Result>>
  /**
   * Drops files from disk onto the page, as a file manager does: each dropped File knows its path. `beforeDrop` runs
   * once they are picked up and before they land.
   */
  dropFiles(page: Page, paths: string[], beforeDrop?: () => Promise<void>): Promise<void>
  /** Quits as the user does (File > Quit) and waits for the process to end. */
  quit(): Promise<void>
  /** The main process's exit code, once it has ended. */
  exited(): Promise<number | null>
  /** What the main process printed so far. */
  output(): string
}

/** The part of a drop that both shells share: files chosen from disk through a file input, then dropped on the page. */
export async function dropChosenFiles(
  page: Page,
  paths: string[],
  beforeDrop?: () => Promise<void>,
  registerPaths?: (files: unknown, paths: string[]) => Promise<void>
): Promise<void> {
  const input = await page.evaluateHandle(() => {
    const element = Object.assign(document.createElement('input'), { type: 'file', multiple: true, hidden: true })
    document.body.append(element)
    return element
  })
  await input.setInputFiles(paths)
  const files = await input.evaluateHandle((element) => [...(element.files ?? [])])
  await registerPaths?.(files, paths)
  await beforeDrop?.()
  const transfer = await files.evaluateHandle((list) => {
    const data = new DataTransfer()
    for (const file of list) data.items.add(file)
    return data
  })
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('body', type, { dataTransfer: transfer })
  await input.evaluate((element) => element.remove())
}
