import { expect, type Page } from '@playwright/test'
import type { BrowserModeApp } from '../e2e/browser-mode-app'

/** The longest animation frame in a stretch, and what it was spent on. */
export interface LongFrame {
  duration: number
  where: string
}

/**
 * Starts recording long animation frames (the Long Animation Frame API); the returned function gives the longest
 * since. While it records, the caller only moves the mouse and reads the heading with a one-line script: Playwright's
 * locators run its own large script in the page, which would make long frames that are not the app's.
 */
async function watchFrames(page: Page): Promise<() => Promise<LongFrame>> {
  await page.evaluate(() => {
    const frames: PerformanceEntry[] = []
    ;(window as unknown as { longFrames: PerformanceEntry[] }).longFrames = frames
    new PerformanceObserver((list) => frames.push(...list.getEntries())).observe({ type: 'long-animation-frame', buffered: false })
  })
  return async () => {
    // A frame is reported once it has ended: wait for two more to be painted first.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    return page.evaluate(() => {
      type Frame = PerformanceEntry & { blockingDuration: number; renderStart: number; styleAndLayoutStart: number; scripts: (PerformanceEntry & { invoker: string; sourceFunctionName: string })[] }
      const frames = (window as unknown as { longFrames: Frame[] }).longFrames
      const worst = frames.reduce<Frame | null>((a, b) => (a && a.duration >= b.duration ? a : b), null)
      if (!worst) return { duration: 0, where: 'no long frame' }
      const end = worst.startTime + worst.duration
      const render = worst.renderStart ? Math.round(end - worst.renderStart) : 0
      const layout = worst.styleAndLayoutStart ? Math.round(end - worst.styleAndLayoutStart) : 0
      const scripts = worst.scripts.map((s) => `${s.invoker} ${s.sourceFunctionName} ${Math.round(s.duration)} ms at +${Math.round(s.startTime - worst.startTime)}`).join('; ')
      return { duration: worst.duration, where: `blocking ${Math.round(worst.blockingDuration)} ms, render ${render} ms, style and layout ${layout} ms; scripts: ${scripts || 'none'}` }
    })
  }
}

const SENTENCE = 'The envoy met the mediators in Doha on Sunday, and talks on the hostages went on late into the night. '
const OTHER = 'Talks resume in Doha as mediators push a new plan'

/** The two large texts that froze the reader for seconds (issue 15): one 10 MB line, and 100,000 short lines. */
export const LARGE_TEXTS = [
  { label: 'a 10 MB text on one line', title: 'One very long line', body: () => SENTENCE.repeat(Math.ceil((10 * 1024 * 1024) / SENTENCE.length)) },
  { label: 'a text of 100,000 lines', title: 'A hundred thousand lines', body: () => Array.from({ length: 100_000 }, (_, i) => `Line ${i}: ${SENTENCE}`).join('\n') }
] as const

/**
 * Imports a large text and a short one into the library open in `page`, then opens the large one, scrolls it and
 * leaves it for the short one, as a reader would, and gives the longest frame of that stretch. The comparison and the
 * search index have taken the document in first (a query of each waits for that), so what is measured is the reader,
 * not the back end's indexing on the same cores.
 */
export async function longestFrameReading(page: Page, app: BrowserModeApp, title: string, body: string): Promise<LongFrame> {
  await page.getByLabel('Choose files to import').setInputFiles([
    { name: `${title}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`${title}\n\n${body}`) },
    { name: 'other.txt', mimeType: 'text/plain', buffer: Buffer.from(`${OTHER}\n\nMediators met on Sunday.`) }
  ])
  await page.getByRole('dialog', { name: 'Import finished' }).getByRole('button', { name: 'Close' }).click()
  const centre = async (name: string) => {
    const box = (await page.getByRole('row', { name }).boundingBox())!
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  }
  const [long, other] = [await centre(title), await centre(OTHER)]
  const heading = () => page.evaluate(() => document.querySelector('article h1')?.textContent)
  const { id } = ((await app.call('listDocuments')) as { id: string; title: string }[]).find((doc) => doc.title === title)!
  await Promise.all([app.call('getDocumentAnalysis', { id }), app.call('search', { text: 'mediators' })])
  const longest = await watchFrames(page)

  await page.mouse.click(long.x, long.y)
  await expect.poll(heading, { timeout: 30_000 }).toBe(title)
  const text = await page.evaluate(() => document.querySelector('.text')!.getBoundingClientRect().toJSON() as DOMRect)
  await page.mouse.move(text.x + text.width / 2, text.y + Math.min(text.height, 400) / 2)
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 3000)
  await page.mouse.click(other.x, other.y)
  await expect.poll(heading).toBe(OTHER)
  return longest()
}
