import { test, expect, openLibrary, openDocument, libraryRow, SEED_TITLES } from './fixtures'

test('a fresh data folder shows the five seed documents with their titles', async ({ page, app }) => {
  await openLibrary(page, app)
  const rows = page.getByRole('grid', { name: 'Documents' }).getByRole('row')
  await expect(rows).toHaveCount(6)
  for (const title of SEED_TITLES) await expect(libraryRow(page, title)).toBeVisible()
  await expect(libraryRow(page, /^In a significant development impacting Middle East diplomacy.*…/)).toBeVisible()
  await expect(libraryRow(page, /Trump: Israel to Hunt Down Hamas/).getByRole('gridcell').nth(1)).toHaveText('RT')
})

test('opening a document shows its text with the original quotes and dashes', async ({ page, app }) => {
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[0]!)
  const article = page.getByRole('article')
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLES[0]!)
  await expect(article).toContainText('declared on Friday that the time had come to “finish the job” against Hamas')
  await expect(article).toContainText('tjvnews.com')
  await expect(article).toContainText('Feb 1, 2026')
})

test('the library is keyboard navigable and sortable', async ({ page, app }) => {
  await openLibrary(page, app)
  const grid = page.getByRole('grid', { name: 'Documents' })
  await page.getByRole('columnheader', { name: 'Words' }).click()
  await expect(page.getByRole('columnheader', { name: 'Words' })).toHaveAttribute('aria-sort', 'descending')
  const firstTitle = await grid.getByRole('row').nth(1).getByRole('gridcell').first().textContent()
  await grid.focus()
  await page.keyboard.press('End')
  await page.keyboard.press('Home')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(firstTitle!.trim())
})

test('an edited title, outlet and date survive a restart of the server', async ({ page, app }) => {
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[2]!)
  await page.getByRole('button', { name: 'Edit details' }).click()
  const form = page.getByRole('form', { name: 'Document details' })
  await form.getByLabel('Title').fill('US weighs joint action with Israel')
  await form.getByLabel('Outlet').fill('New York Post')
  await form.getByLabel('Date').fill('2025-03-06')
  await form.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText('US weighs joint action with Israel')

  await app.restart(page)
  await openLibrary(page, app)
  const row = libraryRow(page, 'US weighs joint action with Israel')
  await expect(row.getByRole('gridcell').nth(1)).toHaveText('New York Post')
  await expect(row.getByRole('gridcell').nth(2)).toHaveText('Mar 6, 2025')
})

test('an invalid edit is refused with a message and nothing changes', async ({ page, app }) => {
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[1]!)
  await page.getByRole('button', { name: 'Edit details' }).click()
  const form = page.getByRole('form', { name: 'Document details' })
  await form.getByLabel('URL').fill('ftp://example.com/file')
  await form.getByRole('button', { name: 'Save' }).click()
  await expect(form.getByRole('alert')).toHaveText(/Only http and https links can be stored/)
  await form.getByRole('button', { name: 'Cancel' }).click()
  await expect(page.getByRole('article')).not.toContainText('ftp://')
})

test('a removed document stays removed after a restart', async ({ page, app }) => {
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[3]!)
  await page.getByRole('button', { name: 'Remove…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click()
  await expect(libraryRow(page, SEED_TITLES[3]!)).toHaveCount(0)
  await app.restart(page)
  await openLibrary(page, app)
  await expect(page.getByRole('grid', { name: 'Documents' }).getByRole('row')).toHaveCount(5)
  await expect(libraryRow(page, SEED_TITLES[3]!)).toHaveCount(0)
})

test('the dark theme, once chosen, comes back after a reload', async ({ page, app }) => {
  await openLibrary(page, app)
  await page.getByRole('radio', { name: 'Dark' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.reload()
  await expect(page.getByRole('radio', { name: 'Dark' })).toHaveAttribute('aria-checked', 'true')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
})

test('a request without the token is refused', async ({ request, app }) => {
  const page = await request.get(`${app.origin}/`)
  expect(page.status()).toBe(401)
  const call = await request.post(`${app.origin}/api/listDocuments`, { data: {} })
  expect(call.status()).toBe(401)
  const wrong = await request.post(`${app.origin}/api/listDocuments`, { data: {}, headers: { 'X-Parallax-Token': 'guess' } })
  expect(wrong.status()).toBe(401)
})

test('a seven-digit word count shows whole in the Words column, in light and dark', async ({ page, app }) => {
  await openLibrary(page, app)
  const title = 'A report of more than a million words'
  // The title's 8 words and 123,456 paragraphs of 10: 1,234,568 words.
  const text = `${title}\n\n${'one two three four five six seven eight nine ten\n\n'.repeat(123_456)}`
  await page.getByLabel('Choose files to import').setInputFiles([{ name: 'million.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }])
  await page.getByRole('dialog', { name: 'Import finished' }).getByRole('button', { name: 'Close' }).click()
  const words = libraryRow(page, title).getByRole('gridcell').nth(3)
  await expect(words).toHaveText('1,234,568')
  // A cut number ("1,234,…") is wider than its cell.
  expect(await words.evaluate((cell) => cell.scrollWidth <= cell.clientWidth)).toBe(true)
  await page.getByRole('grid', { name: 'Documents' }).screenshot({ path: test.info().outputPath('words-light.png') })
  await page.getByRole('radio', { name: 'Dark' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.getByRole('grid', { name: 'Documents' }).screenshot({ path: test.info().outputPath('words-dark.png') })
})
