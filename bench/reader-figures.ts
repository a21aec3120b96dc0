import { existsSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser } from '@playwright/test'
import { createServices } from '../src/main/container'
import { AnnotationStore } from '../src/main/store/annotation-store'
import { describeRange } from '../src/shared/anchoring'
import { EMPTY_WORKSPACE } from '../src/shared/workspace'
import type { Highlight } from '../src/shared/model'
import { BrowserModeApp } from '../tests/e2e/browser-mode-app'
import { LARGE_TEXTS, longestFrameReading } from '../tests/responsiveness/large-text-reading'
import { median, type Figure } from './measure'
import type { NewsVocabulary } from './news-vocabulary'
import { random } from './random'
import { syntheticArticle } from './synthetic-library'

const HIGHLIGHTS = 5_000
const BYTES = 5 * 1024 * 1024
const RUNS = 5
const CATEGORIES = ['claim', 'quote', 'figure', 'framing', 'source', 'question']

/**
 * A library of five 5 MB documents, each carrying 5,000 highlights, so that every run opens a document the server has
 * not read yet. The highlights go into each document's annotation file in one write through the real store: 5,000
 * separate creates would rewrite a growing 2 MB file 5,000 times.
 */
async function bigDocumentLibrary(root: string, vocabulary: NewsVocabulary): Promise<string> {
  const dataDir = join(root, `big-documents-${RUNS}x${HIGHLIGHTS}-v1`)
  if (existsSync(join(dataDir, 'complete'))) return dataDir
  await rm(dataDir, { recursive: true, force: true })
  const noSeeds = join(root, 'no-seeds')
  await mkdir(noSeeds, { recursive: true })
  const services = await createServices({ dataDir, seedsDir: noSeeds, version: 'bench', transport: 'http' })
  const { library } = services
  const store = new AnnotationStore(dataDir)
  await store.boot()
  const next = random(5000)
  const now = new Date(0).toISOString()
  for (let doc = 0; doc < RUNS; doc++) {
    const text = syntheticArticle(vocabulary, next, BYTES)
    const [result] = await library.addMany([{ name: `big-${doc}.txt`, bytes: new TextEncoder().encode(text), text }])
    if (!result || !('added' in result)) throw new Error('a big document was not added')
    const { id, textHash } = result.added
    const stored = (await library.open(id)).text
    const highlights: Highlight[] = Array.from({ length: HIGHLIGHTS }, (_, i) => {
      const start = Math.floor((i * stored.length) / HIGHLIGHTS)
      const end = Math.min(stored.length, start + 40 + Math.floor(next() * 200))
      return {
        id: `h_${(doc * HIGHLIGHTS + i).toString(16).padStart(16, '0')}`,
        documentId: id,
        categoryId: CATEGORIES[i % CATEGORIES.length]!,
        tags: [],
        note: '',
        ...describeRange(stored, start, end),
        orphan: null,
        createdAt: now,
        updatedAt: now
      }
    })
    await store.update(id, textHash, (file) => file.highlights.push(...highlights))
  }
  // Which folds the catalog's journal into catalog.json, as a quit does, before the app is started on the folder.
  await services.shutdown()
  await writeFile(join(dataDir, 'complete'), '')
  return dataDir
}

/**
 * From a click on a document in the library to the first frame that shows its text with highlights painted, timed
 * inside the page. Each run starts the back end afresh, as it is before someone opens a document it has not read:
 * with the comparison and the search index built, as they are a few seconds after start, and no document open.
 */
async function openToFirstPaint(browser: Browser, dataDir: string, run: number): Promise<number> {
  const app = await BrowserModeApp.launch(dataDir)
  await app.call('saveWorkspace', { layout: EMPTY_WORKSPACE })
  await app.call('listQuotes', { sharedOnly: true })
  await app.call('search', { text: 'hostages' })
  const page = await browser.newPage()
  await page.goto(app.url)
  await page.getByText('Choose a document to read').waitFor()
  const row = page.getByRole('grid', { name: 'Documents' }).getByRole('row').nth(run + 1)
  await row.waitFor()
  const box = (await row.boundingBox())!
  // No named functions inside: the page runs this source as written, without the bundler's helpers.
  const elapsed = await page.evaluate(
    async ({ x, y }) => {
      const started = performance.now()
      document.elementFromPoint(x, y)?.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x, clientY: y }))
      while (![...CSS.highlights.values()].some((highlight) => highlight.size > 0)) {
        await new Promise((resolve) => requestAnimationFrame(resolve))
      }
      return performance.now() - started
    },
    { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  )
  await page.close()
  await app.stop()
  return elapsed
}

/**
 * The longest frame while a reader opens, scrolls and leaves each of the large texts that once froze it, in a fresh
 * library each run (tests/responsiveness/ checks the same stretch for freezes). The median says what the reader's own
 * work costs; the worst run adds the moments the thread waited for a core on this shared machine.
 */
async function largeTextFrames(browser: Browser): Promise<Figure[]> {
  const figures: Figure[] = []
  for (const { label, title, body } of LARGE_TEXTS) {
    const text = body()
    const longest = []
    for (let run = 0; run < RUNS; run++) {
      const app = await BrowserModeApp.launch()
      const page = await browser.newPage()
      await page.goto(app.url)
      await page.getByRole('grid', { name: 'Documents' }).waitFor()
      longest.push((await longestFrameReading(page, app, title, text)).duration)
      await app.stop(page)
      await page.close()
      await app.dispose()
    }
    const value = median(longest)
    figures.push({
      figure: `longest frame opening, scrolling and leaving ${label} (median of ${RUNS} runs; worst ${Math.max(...longest).toFixed(0)} ms)`,
      value: `${value.toFixed(0)} ms`,
      target: '< 100 ms',
      met: value < 100
    })
  }
  return figures
}

export async function readerFigures(browser: Browser, root: string, vocabulary: NewsVocabulary): Promise<Figure[]> {
  const dataDir = await bigDocumentLibrary(root, vocabulary)
  const times = []
  for (let run = 0; run < RUNS; run++) times.push(await openToFirstPaint(browser, dataDir, run))
  const value = median(times)
  return [
    ...(await largeTextFrames(browser)),
    {
      figure: `opening a 5 MB document with 5,000 highlights, click to first paint in browser mode (median of ${RUNS} documents)`,
      value: `${value.toFixed(0)} ms`,
      target: '<= 200 ms',
      met: value <= 200
    }
  ]
}
