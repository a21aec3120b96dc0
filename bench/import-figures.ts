import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from '@playwright/test'
import { BrowserModeApp } from '../tests/e2e/browser-mode-app'
import { readWebPage } from '../src/main/import/web-page'
import { median, type Figure } from './measure'
import type { NewsVocabulary } from './news-vocabulary'
import { random } from './random'
import { syntheticArticle, syntheticPage } from './synthetic-library'

const FILES = 1_000
const RUNS = 5

/** What is imported: 1,000 texts of about 10 KB, or 1,000 saved pages of about 48 KB holding a 10 KB article each. */
interface Kind {
  name: 'texts' | 'pages'
  extension: string
  write: (vocabulary: NewsVocabulary, next: () => number) => string
}

const TEXTS: Kind = { name: 'texts', extension: 'txt', write: (vocabulary, next) => syntheticArticle(vocabulary, next, 10 * 1024) }
const PAGES: Kind = { name: 'pages', extension: 'html', write: (vocabulary, next) => syntheticPage(vocabulary, next, 10 * 1024) }

/** The files of one kind, written once and reused. */
async function importFolder(root: string, vocabulary: NewsVocabulary, kind: Kind): Promise<string[]> {
  const folder = join(root, `import-${FILES}-${kind.name}-v1`)
  const files = join(folder, 'files')
  if (!existsSync(join(folder, 'complete'))) {
    await rm(folder, { recursive: true, force: true })
    await mkdir(files, { recursive: true })
    const next = random(1000)
    for (let i = 0; i < FILES; i++) await writeFile(join(files, `article-${String(i).padStart(4, '0')}.${kind.extension}`), kind.write(vocabulary, next))
    await writeFile(join(folder, 'complete'), '')
  }
  return (await readdir(files)).map((name) => join(files, name))
}

/**
 * From the file input's change event to the import summary on screen, timed inside the page, on a fresh data folder:
 * reading the files, sending them in batches, decoding (and for pages extracting), storing each durably, and showing
 * the result.
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

/**
 * `RUNS` imports, each into a fresh data folder: an empty one, or a copy of `library`, into which the import goes once
 * the app has finished its background work (the search index and the comparison built), as a user's would.
 */
async function importRuns(browser: Browser, files: string[], library?: string): Promise<number[]> {
  const times = []
  // The folders are all removed at the end: a removal of 1,000 files has the file system discard their blocks while
  // the next run writes, which would be charged to that run.
  const apps: BrowserModeApp[] = []
  for (let run = 0; run < RUNS; run++) {
    const app = await BrowserModeApp.launch(library ? await copyOf(library) : undefined)
    apps.push(app)
    // A search and the quotes are answered once their indexes are built.
    if (library) await Promise.all([app.call('search', { text: 'said' }), app.call('listQuotes', { sharedOnly: true })])
    times.push(await importOnce(browser, files, app))
  }
  for (const app of apps) await app.dispose()
  return times
}

async function copyOf(library: string): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), 'parallax-bench-import-'))
  await cp(library, dataDir, { recursive: true })
  return dataDir
}

/** The floor for pages, beside them in the same run: Readability over linkedom on the same pages in one loop, nothing else. */
async function extractionAlone(files: string[]): Promise<number> {
  const pages = await Promise.all(files.map((file) => readFile(file, 'utf8')))
  const started = performance.now()
  for (const page of pages) readWebPage(page)
  return performance.now() - started
}

const runs = (times: number[]) => `runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms`

/** The figures, the 10,000-document `library` (its comparison cached) the one imported into besides an empty one. */
export async function importFigures(browser: Browser, root: string, vocabulary: NewsVocabulary, library: string): Promise<Figure[]> {
  const textFiles = await importFolder(root, vocabulary, TEXTS)
  const texts = await importRuns(browser, textFiles)
  const intoLibrary = await importRuns(browser, textFiles, library)
  const pageFiles = await importFolder(root, vocabulary, PAGES)
  const pages = await importRuns(browser, pageFiles)
  const floor = median([await extractionAlone(pageFiles), await extractionAlone(pageFiles), await extractionAlone(pageFiles)])
  const text = median(texts)
  const into = median(intoLibrary)
  const page = median(pages)
  return [
    {
      figure: `import 1,000 text files / 10 MB end to end in browser mode (median of ${RUNS})`,
      value: `${text.toFixed(0)} ms (${runs(texts)})`,
      target: '<= 1,000 ms',
      met: text <= 1000
    },
    {
      figure: `import 1,000 text files / 10 MB into the library of 10,000, background work done (median of ${RUNS})`,
      value: `${into.toFixed(0)} ms (${runs(intoLibrary)})`,
      target: '<= 1,500 ms',
      met: into <= 1500
    },
    {
      figure: `import 1,000 saved web pages / 47 MB end to end in browser mode (median of ${RUNS}), beside Readability alone on them`,
      value: `${page.toFixed(0)} ms (${runs(pages)}); Readability alone ${floor.toFixed(0)} ms`,
      target: '<= 1.5 x Readability alone',
      met: page <= 1.5 * floor
    }
  ]
}
