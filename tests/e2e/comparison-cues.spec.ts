import { writeFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { test, expect, openLibrary, openDocument, libraryRow, panes, importFiles, SEED_TITLES } from './fixtures'
import { clickWord } from './reader-actions'

test.use({ viewport: { width: 1600, height: 900 } })

/** Side by side, the two seeds that quote Trump's Friday remarks alike: tjvnews.com (000) and RT (001). */
async function openTwo(page: Page, second = SEED_TITLES[1]!) {
  await openDocument(page, SEED_TITLES[0]!)
  await libraryRow(page, second).click({ modifiers: ['Shift'] })
  await expect(panes(page)).toHaveCount(2)
  for (const pane of await panes(page).all()) await expect(pane.getByRole('navigation', { name: /Overview/ })).toBeAttached()
  return panes(page).all()
}

test('a counterpart out of view is pointed to at the pane’s edge, and the arrow brings it into view', async ({ page, app }) => {
  await openLibrary(page, app)
  const [tjv, rt] = await openTwo(page)
  await page.getByRole('button', { name: 'Lock scroll' }).click()
  // RT is read far below the remark it shares with 000 (RT line 5: “didn’t really want to make a deal”).
  await rt!.hover()
  await page.mouse.wheel(0, 2500)
  const remark = rt!.locator('p[data-start]', { hasText: 'didn’t really want to make a deal' })
  await expect(remark).not.toBeInViewport()
  await clickWord(page, 'wanted', tjv!)
  const marker = rt!.getByRole('button', { name: '↑ Counterpart above' })
  await expect(marker).toBeVisible()
  await marker.click()
  await expect(remark).toBeInViewport()
  await expect(marker).toHaveCount(0)
})

test('the evidence line names the documents behind a paragraph’s “in N of M”, which screen readers are not read before each paragraph', async ({ page, app }) => {
  await openLibrary(page, app)
  const [tjv] = await openTwo(page)
  const shared = tjv!.locator('p[data-start]', { hasText: 'Without specifying operational details' })
  await expect(shared).toHaveAttribute('data-share', 'in 2 of 5')
  await clickWord(page, 'operational', tjv!)
  const evidence = page.getByRole('region', { name: 'Comparison evidence' })
  await expect(evidence).toContainText(/Its paragraph is in 2 of 5 documents:\s*this one\s*Trump: Israel to Hunt Down Hamas/)
  await clickWord(page, 'difficult', tjv!)
  await expect(evidence).toContainText('Its paragraph is only in this document.')
  // What the accessibility tree holds for the text: the paragraphs' words, and no "only here" or "in 2 of 5" before them.
  const cdp = await page.context().newCDPSession(page)
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { name?: { value?: string } }[] }
  const names = nodes.map((node) => node.name?.value ?? '')
  expect(names.some((name) => name.includes('Without specifying operational details'))).toBe(true)
  expect(names.filter((name) => /^(only here|in \d of \d)$/.test(name))).toEqual([])
})

test('the overview strip frames the part in view, and the keyboard moves along it', async ({ page, app }) => {
  await openLibrary(page, app)
  const [tjv] = await openTwo(page)
  const strip = tjv!.getByRole('navigation', { name: /Overview/ })
  const here = strip.locator('[aria-current="location"]')
  await expect(here).toHaveCount(1)
  const frameTop = () => strip.evaluate((nav) => (nav.querySelector('.here') as HTMLElement).offsetTop / nav.clientHeight)
  expect(await frameTop()).toBeLessThan(0.05)
  await tjv!.getByRole('document', { name: 'Document text' }).focus()
  await page.keyboard.press('Tab')
  await expect(here).toBeFocused()
  await page.keyboard.press('End')
  await expect(tjv!.locator('.scroller')).not.toHaveJSProperty('scrollTop', 0)
  await expect(strip.getByRole('button').last()).toBeFocused()
  await expect.poll(frameTop).toBeGreaterThan(0.5)
  await page.keyboard.press('Home')
  await expect(tjv!.locator('.scroller')).toHaveJSProperty('scrollTop', 0)
  await expect(strip.getByRole('button').first()).toHaveAttribute('aria-current', 'location')
})

test('under Lock scroll, a pane with nothing matching what is in view says why it stays put', async ({ page, app }) => {
  const unrelated = test.info().outputPath('Tomato season.txt')
  const paragraph = (n: number) => `Tomatoes planted in week ${n} want full sun, deep watering twice a week and a stake before the first truss sets fruit.`
  await writeFile(unrelated, ['Tomato season in a small garden', ...Array.from({ length: 40 }, (_, n) => paragraph(n + 1))].join('\n\n'))
  await openLibrary(page, app)
  await importFiles(page, [unrelated])
  const [tjv, garden] = await openTwo(page, 'Tomato season in a small garden')
  const status = garden!.getByRole('status').filter({ hasText: 'Lock scroll' })
  await expect(status).toHaveCount(0)
  await tjv!.hover()
  await page.mouse.wheel(0, 800)
  await expect(status).toHaveText('Lock scroll: nothing in view in pane 1 has a counterpart here, so this pane stays where it is.')
  await page.getByRole('button', { name: 'Lock scroll' }).click()
  await expect(status).toHaveCount(0)
})

test('on a first run the empty reader says what Parallax is for: a second document beside the first shows what they share', async ({ page, app }) => {
  await openLibrary(page, app)
  const empty = panes(page).first()
  await expect(empty).toContainText('Choose a document to read')
  await expect(empty).toContainText('Open a second beside it (Shift+click, or Shift+Enter) and Parallax shows what the two share')
})
