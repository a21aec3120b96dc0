import { existsSync } from 'node:fs'
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser } from '@playwright/test'
import { BrowserModeApp } from '../tests/e2e/browser-mode-app'
import { median, type Figure } from './measure'
import { random, syntheticArticle } from './synthetic-library'

const FILES = 1_000
const TOTAL_BYTES = 10 * 1024 * 1024
const RUNS = 5

/** 1,000 article files of about 10 KB, written once and reused. */
async function importFolder(root: string, words: string[]): Promise<string> {
  const folder = join(root, `import-${FILES}-v1`)
  if (existsSync(join(folder, 'complete'))) return join(folder, 'files')
  await rm(folder, { recursive: true, force: true })
  await mkdir(join(folder, 'files'), { recursive: true })
  const next = random(1000)
  for (let i = 0; i < FILES; i++) {
    await writeFile(join(folder, 'files', `article-${String(i).padStart(4, '0')}.txt`), syntheticArticle(words, next, TOTAL_BYTES / FILES))
  }
  await writeFile(join(folder, 'complete'), '')
  return join(folder, 'files')
}

/**
 * From the file input's change event to the import summary on screen, timed inside the page, on a fresh data folder:
 * reading the files, sending them in batches, decoding, storing each durably, and showing the result.
 */
async function importOnce(browser: Browser, files: string[], app: BrowserModeApp): Promise<number> {
  const page = await browser.newPage()
  await page.goto(app.url)
  await page.getByRole('grid', { name: 'Documents' }).waitFor()
  await page.evaluate(() => {
    const marks = window as unknown as { started?: number; finished?: number }
    document.querySelector('input[type=file]')?.addEventListener('change', () => (marks.started = performance.now()), { capture: true })
    new MutationObserver(() => {
      if (marks.finished === undefined && document.querySelector('dialog[open]')) marks.finished = performance.now()
    }).observe(document.body, { subtree: true, childList: true, attributes: true })
  })
  await page.getByLabel('Choose files to import').setInputFiles(files)
  await page.getByRole('dialog', { name: 'Import finished' }).waitFor()
  const added = await page.getByRole('dialog', { name: 'Import finished' }).textContent()
  if (!added?.includes(`${FILES.toLocaleString('en')} documents were added`)) throw new Error(`The import did not add every file: ${added}`)
  const elapsed = await page.evaluate(() => {
    const marks = window as unknown as { started: number; finished: number }
    return marks.finished - marks.started
  })
  await page.close()
  await app.stop()
  return elapsed
}

export async function importFigures(browser: Browser, root: string, words: string[]): Promise<Figure[]> {
  const folder = await importFolder(root, words)
  const files = (await readdir(folder)).map((name) => join(folder, name))
  const times = []
  // Each run has a fresh data folder. They are all removed at the end: a removal of 1,000 files has the file system
  // discard their blocks while the next run writes, which would be charged to that run.
  const apps: BrowserModeApp[] = []
  for (let run = 0; run < RUNS; run++) {
    apps.push(await BrowserModeApp.launch())
    times.push(await importOnce(browser, files, apps.at(-1)!))
  }
  for (const app of apps) await app.dispose()
  const value = median(times)
  return [
    {
      figure: `import 1,000 files / 10 MB end to end in browser mode (median of ${RUNS})`,
      value: `${value.toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms)`,
      target: '<= 1,000 ms',
      met: value <= 1000
    }
  ]
}
