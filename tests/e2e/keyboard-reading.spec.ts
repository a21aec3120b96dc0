import type { Page } from '@playwright/test'
import { test, expect, openDocument, openLibrary, SEED_TITLES } from './fixtures'
import { clickWord } from './reader-actions'

const HEADLINE = SEED_TITLES[0]!
const OPENING = 'In a decisive escalation of rhetoric and posture, President Trump declared on Friday that the time had come to “finish the job” against Hamas, following the breakdown of hostage negotiations with the Gaza-based terrorist organization.'

function selected(page: Page): Promise<string> {
  return page.evaluate(() => window.getSelection()?.toString() ?? '')
}

/** Opens the tjvnews article, whose first lines (weather, place, site name, menus) the analysis folds away. */
async function openFolded(page: Page) {
  await openDocument(page, HEADLINE)
  // The folding comes with the comparison, which a first start works out for the whole library first.
  await expect(page.locator('.text p.folded').first()).toBeAttached({ timeout: 20_000 })
  return page.getByRole('document', { name: 'Document text' })
}

test('J never selects folded boilerplate: it starts at the headline, steps over the folded lines to the byline, and H and 3 highlight what was seen', async ({ page, app }) => {
  await openLibrary(page, app)
  const text = await openFolded(page)
  // The byline says who wrote the article: it is shown, not folded with the widgets around it.
  await expect(text.getByText('By: Fern Sidman', { exact: true })).toBeVisible()
  await text.focus()
  await page.keyboard.press('j')
  expect(await selected(page)).toBe(HEADLINE)
  await page.keyboard.press('j')
  expect(await selected(page)).toBe('By: Fern Sidman')
  await page.keyboard.press('j')
  expect(await selected(page)).toBe(OPENING)
  await page.keyboard.press('k')
  await page.keyboard.press('k')
  expect(await selected(page)).toBe(HEADLINE)
  await page.keyboard.press('k')
  expect(await selected(page)).toBe(HEADLINE)
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  await page.keyboard.press('h')
  const popover = page.getByRole('dialog', { name: 'Highlight as' })
  await expect(popover).toBeInViewport({ ratio: 1 })
  await page.keyboard.press('3')
  const listed = page.getByRole('list', { name: 'Highlights in this document' }).getByRole('listitem')
  await expect(listed).toHaveCount(1)
  await expect(listed).toContainText('In a decisive escalation')
})

test('J and K start from the sentence clicked, not from the top', async ({ page, app }) => {
  await openLibrary(page, app)
  await openFolded(page)
  await clickWord(page, 'evaporated')
  await page.keyboard.press('j')
  expect(await selected(page)).toBe(
    'His remarks came after renewed hopes for a ceasefire and hostage release evaporated this week, prompting the Israeli government to reassess its strategic course.'
  )
  await page.keyboard.press('j')
  expect(await selected(page)).toMatch(/^According to a report that appeared on Israel National News, /)
  await clickWord(page, 'blew')
  await page.keyboard.press('k')
  expect(await selected(page)).toBe('“Hamas blew up the deal.')
})

test('after scrolling, J selects the first sentence in view', async ({ page, app }) => {
  await openLibrary(page, app)
  const text = await openFolded(page)
  await text.focus()
  const box = (await text.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + 200)
  await page.mouse.wheel(0, 1500)
  // The reader's own scrolling box: the article's parent.
  const scroller = page.getByRole('article').locator('xpath=..')
  await expect.poll(() => scroller.evaluate((element) => element.scrollTop)).toBeGreaterThan(1000)
  await page.keyboard.press('j')
  // The reader stays where it was scrolled to, and the sentence selected starts near the top of what it shows.
  const { scrollTop, top, first } = await scroller.evaluate((element) => {
    const range = window.getSelection()!.getRangeAt(0)
    return { scrollTop: element.scrollTop, top: element.getBoundingClientRect().top, first: range.getClientRects()[0]!.top }
  })
  expect(scrollTop).toBeGreaterThan(1000)
  expect(await selected(page)).not.toBe(HEADLINE)
  expect(first).toBeGreaterThanOrEqual(top)
  expect(first - top).toBeLessThan(200)
})

test('J starts at the sentence whose first line shows at least half its height at the top, and past one cut further', async ({ page, app }) => {
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[3]!)
  const text = page.getByRole('document', { name: 'Document text' })
  // Focusing the text scrolls its top, the headline, to the top of the reader.
  await text.focus()
  const scroller = page.getByRole('article').locator('xpath=..')
  /** Scrolls so that `share` of the headline's first line lies above the top of the reader, with nothing selected. */
  const cutHeadline = (share: number) =>
    scroller.evaluate((element, share) => {
      window.getSelection()!.removeAllRanges()
      const headline = document.createRange()
      headline.selectNodeContents(element.querySelector('[data-start]')!.firstChild!)
      const line = headline.getClientRects()[0]!
      element.scrollTop += line.top - element.getBoundingClientRect().top + share * line.height
    }, share)
  await cutHeadline(0.3)
  await page.keyboard.press('j')
  expect(await selected(page)).toBe(SEED_TITLES[3])
  await cutHeadline(0.7)
  await page.keyboard.press('j')
  expect(await selected(page)).toMatch(/^Hamas has dismissed the latest warning.*ceasefire in Gaza\.$/)
})
