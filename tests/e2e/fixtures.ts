import { test as base, expect, type Page } from '@playwright/test'
import { resolve } from 'node:path'
import { BrowserModeApp } from './browser-mode-app'

interface Fixtures {
  app: BrowserModeApp
  /** Errors the page printed or threw; every test ends by checking there were none. */
  pageErrors: string[]
}

export const test = base.extend<Fixtures>({
  app: async ({}, use) => {
    const app = await BrowserModeApp.launch()
    await use(app)
    await app.dispose()
  },
  pageErrors: [
    // Depending on `app` makes this check run before the server stops, so a call still in flight at the end of a
    // test is not reported as a page error.
    async ({ page, app: _app }, use) => {
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text())
      })
      await use(errors)
      expect(errors).toEqual([])
    },
    { auto: true }
  ]
})

export { expect }

export const SEED_TITLES = [
  'Trump Declares Final Push Against Hamas as Hostage Talks Collapse: Israeli Leadership Signals Shift Toward Total Victory',
  'Trump: Israel to Hunt Down Hamas as Ceasefire Talks Stall',
  'Joint US-Israeli military action being considered against Hamas if hostages aren’t released',
  'Hamas rejects Trump threat, demands lasting truce for hostage release'
]

/** Opens the app at the address the server printed and waits for the library. */
export async function openLibrary(page: Page, app: BrowserModeApp): Promise<void> {
  await page.goto(app.url)
  await expect(page.getByRole('grid', { name: 'Documents' })).toBeVisible()
}

export function libraryRow(page: Page, title: string | RegExp) {
  return page.getByRole('grid', { name: 'Documents' }).getByRole('row', { name: title })
}

/** The reading panes side by side, in order. */
export function panes(page: Page) {
  return page.getByRole('region', { name: /^Pane \d of \d/ })
}

export async function openDocument(page: Page, title: string | RegExp): Promise<void> {
  await libraryRow(page, title).click()
  // The document open before stays on screen until the new one arrives, so wait for the new title.
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(title)
}

/** Texts written for the tests, in scripts the seeds do not cover (tests/fixtures). */
export const FIXTURES_DIR = resolve(import.meta.dirname, '..', 'fixtures')

/** Imports files through the Import button's file input, as a person choosing them would, and closes the summary. */
export async function importFiles(page: Page, paths: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import…' }).click()
  await (await chooser).setFiles(paths)
  const summary = page.getByRole('dialog', { name: 'Import finished' })
  await expect(summary).toContainText(`${paths.length === 1 ? '1 document was' : `${paths.length} documents were`} added to the library.`)
  await summary.getByRole('button', { name: 'Close' }).click()
}
