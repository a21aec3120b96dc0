import type { Locator, Page } from '@playwright/test'
import { test, expect, openLibrary, openDocument, libraryRow, panes, SEED_TITLES } from './fixtures'
import { clickWord, paintedTexts } from './reader-actions'

test.use({ viewport: { width: 1600, height: 900 } })

/** Opens side by side the two seeds that quote Trump's Friday remarks alike: tjvnews.com (000) and RT (001). */
async function openTwo(page: Page) {
  await openDocument(page, SEED_TITLES[0]!)
  await libraryRow(page, SEED_TITLES[1]!).click({ modifiers: ['Shift'] })
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(SEED_TITLES.slice(0, 2))
  // The bars in the margin show once each pane's comparison has arrived.
  for (const pane of await panes(page).all()) await expect(pane.locator('p.shared').first()).toBeAttached()
}

/** How far below the top of its pane a paragraph starting with `text` sits, in pixels. */
async function depth(pane: Locator, text: string): Promise<number> {
  return pane.locator('p[data-start]', { hasText: text }).evaluate((p) => {
    const scroller = p.closest('.scroller')!
    return p.getBoundingClientRect().top - scroller.getBoundingClientRect().top
  })
}

test('with scroll locked, bringing one pane to a shared passage brings the other to its counterpart', async ({ page, app }) => {
  await openLibrary(page, app)
  await openTwo(page)
  await expect(page.getByRole('button', { name: 'Lock scroll' })).toHaveAttribute('aria-pressed', 'true')
  const [tjv, rt] = await panes(page).all()

  // 000 line 32 quotes Trump: “Hamas never really wanted a deal”; RT's line 5 reports the same remark. The paragraph
  // above it (line 30) has a counterpart too, so it is scrolled out of view to make line 32 the first in view.
  const source = 'Without specifying operational details'
  const counterpart = 'Ceasefire negotiations between Israel and Hamas have reached'
  const rtBefore = await depth(rt!, counterpart)
  await tjv!.hover()
  const distance = (await depth(tjv!, source)) - 4
  for (let moved = 0; moved < distance; moved += 300) await page.mouse.wheel(0, Math.min(300, distance - moved))
  await expect.poll(() => depth(tjv!, source)).toBeLessThan(10)

  // RT's counterpart is brought level with the passage read in the first pane.
  await expect.poll(async () => Math.abs((await depth(rt!, counterpart)) - (await depth(tjv!, source)))).toBeLessThan(30)
  expect(await depth(rt!, counterpart)).toBeLessThan(rtBefore - 100)

  // Switched off, the other pane stays where it is.
  await page.getByRole('button', { name: 'Lock scroll' }).click()
  const still = await depth(rt!, counterpart)
  await tjv!.hover()
  await page.mouse.wheel(0, 400)
  await expect.poll(() => depth(tjv!, source)).toBeLessThan(-200)
  expect(await depth(rt!, counterpart)).toBe(still)
})

test('A brings the other panes to the counterpart of the sentence under the cursor, and marks it', async ({ page, app }) => {
  await openLibrary(page, app)
  await openTwo(page)
  const [tjv, rt] = await panes(page).all()
  await page.getByRole('button', { name: 'Lock scroll' }).click()

  // 000 quotes Trump: “Hamas never really wanted a deal.” 001 reports the same remark in other words.
  await clickWord(page, 'wanted', tjv!)
  await page.keyboard.press('a')
  const remark = rt!.locator('p[data-start]', { hasText: 'didn’t really want to make a deal' })
  await expect(remark).toBeInViewport()
  await expect.poll(async () => (await paintedTexts(page)).counterpart ?? []).toContainEqual(expect.stringContaining('didn’t really want to make a deal'))
  expect((await paintedTexts(page)).passage).toEqual([expect.stringContaining('Hamas never really wanted a deal')])
})

test('each paragraph is shaded by how many documents carry it, and the overview strip leads to it', async ({ page, app }) => {
  await openLibrary(page, app)
  await openTwo(page)
  const [tjv] = await panes(page).all()
  const shared = tjv!.locator('p[data-start]', { hasText: 'Without specifying operational details' })
  await expect(shared).toHaveAttribute('data-share', 'in 2 of 5')
  await expect(tjv!.locator('p[data-start]', { hasText: 'I’ve always said the most difficult part' })).toHaveAttribute('data-share', 'only here')

  const strip = tjv!.getByRole('navigation', { name: /Overview/ })
  const last = strip.getByRole('button').last()
  await last.click()
  await expect(tjv!.locator('.scroller')).not.toHaveJSProperty('scrollTop', 0)
})

test('boilerplate is folded, and the toggle shows it again', async ({ page, app }) => {
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[2]!)
  // The Post's page ends with a “Related Posts” list and a pop-up countdown.
  const related = page.locator('p[data-start]', { hasText: 'Related Posts' })
  await expect(related).toHaveClass(/folded/)
  expect(await related.evaluate((p) => p.getBoundingClientRect().height)).toBeLessThan(20)
  await page.getByRole('button', { name: 'Boilerplate', exact: true }).click()
  await expect(related).not.toHaveClass(/folded/)
  await expect(related).toHaveClass(/cruft/)
  expect(await related.evaluate((p) => p.getBoundingClientRect().height)).toBeGreaterThan(20)
  await page.getByRole('button', { name: 'Boilerplate', exact: true }).click()
  await expect(related).toHaveClass(/folded/)
})

test('the Quotes view lists “finish the job” with the two outlets that carry it, and opens each', async ({ page, app }) => {
  await openLibrary(page, app)
  await page.getByRole('tab', { name: 'Quotes' }).click()
  const quote = page.getByRole('list', { name: 'Quotes' }).getByRole('listitem', { name: /finish the job/ })
  await expect(quote).toContainText('2 outlets')
  await expect(quote).toContainText('tjvnews.com')
  await expect(quote).toContainText('RT')
  await quote.getByRole('button', { name: /finish the job/ }).first().click()
  await quote.getByRole('button', { name: /^RT/ }).click()
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(SEED_TITLES[1]!)
  await expect.poll(async () => (await paintedTexts(page)).marked).toEqual([expect.stringContaining('finish the job')])
})

test('the evidence line says why a sentence is linked, why another is not, and how much of the text is elsewhere', async ({ page, app }) => {
  await openLibrary(page, app)
  await openTwo(page)
  const [tjv] = await panes(page).all()
  const evidence = page.getByRole('region', { name: 'Comparison evidence' })
  // Nothing under the pointer: the focused document's reuse, by the other seed's title.
  await expect(evidence).toContainText(new RegExp(`Of this text,\\s*\\d+% is in ${SEED_TITLES[0]!.slice(0, 20)}|Of this text,\\s*\\d+% is in ${SEED_TITLES[1]!.slice(0, 20)}`))

  await clickWord(page, 'wanted', tjv!)
  await expect(evidence).toContainText('This sentence is linked to')
  await expect(evidence).toContainText(SEED_TITLES[1]!)
  const text = (await evidence.textContent())!
  const [, score] = /similarity (\d\.\d\d) \(a link needs 0\.40\)/.exec(text)!
  expect(Number(score)).toBeGreaterThanOrEqual(0.4)
  expect(text).toMatch(/\d+ sentences? of this text matched there, \d+% of this text is in it/)

  await clickWord(page, 'difficult', tjv!)
  await expect(evidence).toContainText('Not linked')
})
