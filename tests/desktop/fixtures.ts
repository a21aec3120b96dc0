import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import type { DesktopShell } from './desktop-shell'
import { StandInShell } from './stand-in/stand-in-shell'
import { ElectronShell, electronUnavailable, runElectronAgain } from './electron-shell'

export type ShellKind = 'stand-in' | 'electron'

interface Options {
  /** Which desktop shell the specs run on: the stand-in in `npm test`, real Electron where a binary exists. */
  shellKind: ShellKind
}

interface Fixtures {
  /** A fresh data folder for the test, removed after it. */
  dataDir: string
  /** A fresh folder for the test's own files (what it imports, exports), removed after it. */
  filesDir: string
  /** Starts the desktop app with these arguments (by default on the test's data folder); every app is quit after the test. */
  launchDesktop: (args?: string[], env?: Record<string, string>) => Promise<DesktopShell>
  /** Starts the app once more with these arguments, as a second launch from a terminal or a link does, and waits for it to end. */
  launchAgain: (args: string[]) => Promise<{ code: number | null; output: string }>
}

let skipSaid = false

export const test = base.extend<Fixtures & Options>({
  shellKind: ['stand-in', { option: true }],
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-desktop-'))
    await use(dir)
    await rm(dir, { recursive: true, force: true })
  },
  filesDir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-files-'))
    await use(dir)
    await rm(dir, { recursive: true, force: true })
  },
  launchDesktop: async ({ shellKind, browser, dataDir }, use) => {
    const unavailable = shellKind === 'electron' ? electronUnavailable() : null
    if (unavailable !== null && !skipSaid) {
      skipSaid = true
      console.log(`Skipping the desktop specs on real Electron (they ran on the stand-in): ${unavailable}`)
    }
    test.skip(unavailable !== null, unavailable ?? '')
    const shells: DesktopShell[] = []
    await use(async (args = ['--data-dir', dataDir], env = {}) => {
      const shell = shellKind === 'electron' ? await ElectronShell.launch({ args, env }) : await StandInShell.launch(browser, { args, env })
      shells.push(shell)
      return shell
    })
    await Promise.all(shells.map((shell) => shell.quit()))
  },
  launchAgain: async ({ shellKind, browser }, use) => {
    await use(async (args) => {
      if (shellKind === 'electron') return runElectronAgain(args)
      const shell = await StandInShell.launch(browser, { args })
      return { code: await shell.exited(), output: shell.output() }
    })
  }
})

export { expect }

export function libraryRows(page: Page) {
  return page.getByRole('grid', { name: 'Documents' }).getByRole('row')
}

/** The app's window once it is on screen (shown at ready-to-show) and its library is listed. */
export async function libraryWindow(shell: DesktopShell): Promise<Page> {
  const page = await shell.firstWindow()
  await expect(libraryRows(page)).toHaveCount(6)
  await expect.poll(() => shell.evaluateMain(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible(), null)).toBe(true)
  return page
}
