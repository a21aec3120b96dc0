import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect, openLibrary, openDocument, importFiles, libraryRow, FIXTURES_DIR, SEED_TITLES } from '../e2e/fixtures'
import { BrowserModeApp } from '../e2e/browser-mode-app'
import { clickWord, highlightWithMouse } from '../e2e/reader-actions'

/** `npm run screenshots`: the README's picture, plus the states worth looking at, from the real app in browser mode. */
test.use({ viewport: { width: 1360, height: 820 }, deviceScaleFactor: 1 })

test('README screenshot: the library and a document in the reader', async ({ page, app }) => {
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[2]!)
  await highlightWithMouse(page, 'with President Trump saying “somebody” will have to match Hamas’ ruthlessness', 'Quote')
  await highlightWithMouse(page, 'the terrorist organization', 'Framing')
  await highlightWithMouse(page, 'Steve Witkoff, the US special envoy to the Middle East', 'Source')
  await highlightWithMouse(page, 'if Hamas fails to release the hostages', 'Claim')
  const card = page.getByRole('region', { name: 'Highlight' })
  await card.getByLabel('Add a tag').fill('ultimatum')
  await card.getByLabel('Add a tag').press('Enter')
  await card.getByLabel('Note').fill('Conditional threat: RT and the Post frame the same remark differently.')
  await expect(card.getByText('Saved')).toBeVisible()
  await page.mouse.click(5, 5)
  await page.screenshot({ path: 'docs/screenshot.png' })
  await page.getByRole('radio', { name: 'Dark' }).click()
  await page.screenshot({ path: '.tmp/screens/dark-highlights.png' })
})

test('dark theme', async ({ page, app }) => {
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[1]!)
  await page.getByRole('radio', { name: 'Dark' }).click()
  await page.screenshot({ path: '.tmp/screens/dark.png' })
  await page.getByRole('button', { name: 'Edit details' }).click()
  await page.getByLabel('URL').fill('not a link')
  await page.screenshot({ path: '.tmp/screens/dark-edit.png' })
})

test('empty library', async ({ page }) => {
  const empty = await mkdtemp(join(tmpdir(), 'parallax-empty-'))
  const app = await BrowserModeApp.launch(empty)
  await page.goto(app.url)
  for (const title of SEED_TITLES) {
    await page.getByRole('row', { name: title }).click()
    await page.getByRole('button', { name: 'Remove…' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click()
  }
  await page.getByRole('row').nth(1).click()
  await page.getByRole('button', { name: 'Remove…' }).click()
  await page.screenshot({ path: '.tmp/screens/confirm.png' })
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click()
  await expect(page.getByText('Your library is empty')).toBeVisible()
  await page.screenshot({ path: '.tmp/screens/empty.png' })
  // The page would go on saving its layout to a server that is gone.
  await page.close()
  await app.dispose()
  await rm(empty, { recursive: true, force: true })
})

test('README screenshot: three outlets side by side, with the quotes view', async ({ page, app }) => {
  await page.setViewportSize({ width: 1600, height: 900 })
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[0]!)
  await page.getByRole('row', { name: SEED_TITLES[1]! }).click({ modifiers: ['Shift'] })
  await page.getByRole('row', { name: SEED_TITLES[2]! }).click({ modifiers: ['Shift'] })
  await page.keyboard.press('Control+b')
  await expect(page.locator('p.shared').first()).toBeAttached()
  await page.getByRole('tab', { name: 'Quotes' }).click()
  await page.getByRole('list', { name: 'Quotes' }).getByRole('button', { name: /finish the job/ }).click()
  // The pointer on "Hamas never really wanted a deal", which RT carries too: the evidence line says why it is linked.
  await clickWord(page, 'wanted', page.getByRole('region', { name: /^Pane 1 of/ }))
  await expect(page.getByRole('region', { name: 'Comparison evidence' })).toContainText('This sentence is linked to')
  await page.screenshot({ path: 'docs/compare.png' })
  await page.getByRole('radio', { name: 'Dark' }).click()
  await page.screenshot({ path: '.tmp/screens/compare-dark.png' })
})

test('README screenshot: an Urdu report set right to left beside an English one', async ({ page, app }) => {
  await page.setViewportSize({ width: 1600, height: 900 })
  await openLibrary(page, app)
  await importFiles(page, ['urdu-rain-agency.txt', 'urdu-rain-newspaper.txt', 'hebrew-rain.txt'].map((name) => join(FIXTURES_DIR, 'rtl', name)))
  await openDocument(page, 'لاہور میں مون سون کی پہلی بارش، کئی نشیبی علاقے زیر آب')
  await highlightWithMouse(page, 'پانی کی نکاسی کے لیے 150 سے زائد مشینیں کام کر رہی ہیں۔', 'Figure')
  await page.keyboard.press('Escape')
  await highlightWithMouse(page, 'محکمہ موسمیات کے مطابق', 'Source')
  const card = page.getByRole('region', { name: 'Highlight' })
  await card.getByLabel('Add a tag').fill('بارش')
  await card.getByLabel('Add a tag').press('Enter')
  await card.getByLabel('Note').fill('محکمہ موسمیات کا بیان: دوسرے اخبار سے ملائیں۔')
  await expect(card.getByText('Saved')).toBeVisible()
  await libraryRow(page, SEED_TITLES[2]!).click({ modifiers: ['Shift'] })
  await clickWord(page, 'موسمیات', page.getByRole('region', { name: /^Pane 1 of 2/ }))
  await expect(card.locator('blockquote')).toHaveText('محکمہ موسمیات کے مطابق')
  await page.evaluate(() => document.fonts.ready)
  await page.mouse.click(5, 5)
  await page.screenshot({ path: 'docs/urdu-rtl.png' })
  await page.getByRole('radio', { name: 'Dark' }).click()
  await page.screenshot({ path: '.tmp/screens/urdu-rtl-dark.png' })
})

test('search and find', async ({ page, app }) => {
  await openLibrary(page, app)
  await page.keyboard.press('Control+k')
  await page.getByRole('combobox', { name: 'Search the library' }).fill('hostages released')
  await expect(page.getByRole('listbox', { name: 'Results' }).getByRole('option').first()).toBeVisible()
  await page.screenshot({ path: '.tmp/screens/search.png' })
  await page.keyboard.press('Escape')
  await openDocument(page, SEED_TITLES[2]!)
  await page.getByRole('document', { name: 'Document text' }).click()
  await page.keyboard.press('Control+f')
  await page.getByRole('searchbox', { name: 'Find in document' }).fill('hamas')
  await page.screenshot({ path: '.tmp/screens/find.png' })
})
