import { test, expect, openLibrary, openDocument, libraryRow, SEED_TITLES } from './fixtures'
import { clickWord, highlightWithMouse, paintedTexts, selectWithMouse } from './reader-actions'

const SENTENCE = 'Witkoff confirmed that there is a deadline for Hamas to release the hostages, but would not say when.'
const card = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Highlight' })

test('a mouse-selected sentence, highlighted as Quote, tagged and annotated, survives a restart exactly', async ({ page, app }) => {
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[2]!)
  await highlightWithMouse(page, SENTENCE, 'Quote')
  await card(page).getByLabel('Add a tag').fill('deadline')
  await card(page).getByLabel('Add a tag').press('Enter')
  await expect(card(page).getByText('#deadline')).toBeVisible()
  await card(page).getByLabel('Note').fill('Compare with the RT account.')
  await expect(card(page).getByText('Saved')).toBeVisible()

  await app.restart(page)
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[2]!)
  const list = page.getByRole('list', { name: 'Highlights in this document' })
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await list.getByRole('button').click()
  await expect(card(page).locator('blockquote')).toHaveText(SENTENCE)
  await expect(card(page).getByRole('radio', { name: 'Quote' })).toHaveAttribute('aria-checked', 'true')
  await expect(card(page).getByText('#deadline')).toBeVisible()
  await expect(card(page).getByLabel('Note')).toHaveValue('Compare with the RT account.')
  expect(await paintedTexts(page)).toEqual({ 'hl-1': [SENTENCE], 'hl-active': [SENTENCE] })
})

test('overlapping highlights are each visible and each clickable', async ({ page, app }) => {
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[2]!)
  await highlightWithMouse(page, SENTENCE, 'Claim')
  await page.keyboard.press('Escape')
  await highlightWithMouse(page, 'a deadline for Hamas', 'Figure')
  await page.getByRole('button', { name: 'Close highlight' }).click()

  expect(await paintedTexts(page)).toEqual({
    'hl-0': [SENTENCE],
    'hl-2': ['a deadline for Hamas'],
    'hl-overlap': ['a deadline for Hamas']
  })
  await clickWord(page, 'deadline')
  await expect(card(page).locator('blockquote')).toHaveText('a deadline for Hamas')
  await card(page).getByRole('button', { name: /^Claim/ }).click()
  await expect(card(page).locator('blockquote')).toHaveText(SENTENCE)
  await page.getByRole('button', { name: 'Close highlight' }).click()
  await clickWord(page, 'confirmed')
  await expect(card(page).locator('blockquote')).toHaveText(SENTENCE)
})

test('the keyboard alone opens a document, selects sentences and highlights them', async ({ page, app }) => {
  await openLibrary(page, app)
  await page.getByRole('grid', { name: 'Documents' }).focus()
  await page.keyboard.press('Home')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('article')).toBeVisible()
  await page.getByRole('document', { name: 'Document text' }).focus()
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  await page.keyboard.press('Shift+J')
  await page.keyboard.press('h')
  await expect(page.getByRole('dialog', { name: 'Highlight as' })).toBeVisible()
  await page.keyboard.press('4')
  const quote = card(page).locator('blockquote')
  await expect(quote).toHaveText(/^Hamas has dismissed the latest warning.*January\.$/s)
  await expect(card(page).getByRole('radio', { name: 'Framing' })).toHaveAttribute('aria-checked', 'true')
})

test('undo and redo a highlight from the keyboard', async ({ page, app }) => {
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[2]!)
  await highlightWithMouse(page, SENTENCE, 'Source')
  const list = page.getByRole('list', { name: 'Highlights in this document' })
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await page.getByRole('document', { name: 'Document text' }).focus()
  await page.keyboard.press('Control+z')
  await expect(list).toHaveCount(0)
  expect(await paintedTexts(page)).toEqual({})
  await page.keyboard.press('Control+Shift+z')
  await expect(list.getByRole('listitem')).toHaveCount(1)
  expect(await paintedTexts(page)).toEqual({ 'hl-4': [SENTENCE] })
})

test('a note and a tag carrying HTML show as text and run nothing', async ({ page, app }) => {
  const payload = '<img src=x onerror=alert(1)>'
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`)
  })
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[2]!)
  await highlightWithMouse(page, SENTENCE, 'Question')
  await card(page).getByLabel('Add a tag').fill(payload)
  await card(page).getByLabel('Add a tag').press('Enter')
  await card(page).getByLabel('Note').fill(`${payload} **bold**`)
  await expect(card(page).getByText('Saved')).toBeVisible()
  await card(page).getByLabel('Note').blur()
  const entry = page.getByRole('list', { name: 'Highlights in this document' }).getByRole('listitem')
  await expect(entry).toContainText(`#${payload}`)
  await expect(entry).toContainText(`${payload} **bold**`)
  await page.getByRole('tab', { name: 'Tags' }).click()
  await expect(page.getByRole('list', { name: 'Tags' })).toContainText(payload)
  await expect(page.locator('img')).toHaveCount(0)
})

test('a tag renamed in the Tags view changes everywhere, and undo restores it', async ({ page, app }) => {
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[2]!)
  await highlightWithMouse(page, SENTENCE, 'Claim')
  await card(page).getByLabel('Add a tag').fill('deadline')
  await card(page).getByLabel('Add a tag').press('Enter')
  await page.getByLabel('Document tags').locator('..').getByLabel('Add a tag').fill('talks')
  await page.keyboard.press('Enter')
  await page.getByRole('tab', { name: 'Tags' }).click()
  await page.getByRole('button', { name: 'Rename or merge deadline' }).click()
  await page.getByLabel('New name for deadline').fill('talks')
  await page.getByRole('button', { name: 'Merge', exact: true }).click()
  const tags = page.getByRole('list', { name: 'Tags' })
  await expect(tags.getByRole('listitem')).toHaveCount(1)
  await expect(tags).toContainText('1 highlight, 1 document')
  await page.keyboard.press('Control+z')
  await expect(tags.getByRole('listitem')).toHaveCount(2)
})

test('selecting text and pressing Escape highlights nothing', async ({ page, app }) => {
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[2]!)
  await selectWithMouse(page, SENTENCE)
  await expect(page.getByRole('dialog', { name: 'Highlight as' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog', { name: 'Highlight as' })).toHaveCount(0)
  await expect(page.getByRole('list', { name: 'Highlights in this document' })).toHaveCount(0)
})

test('a note typed just before the window closes is not lost', async ({ page, app, context }) => {
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[2]!)
  await highlightWithMouse(page, SENTENCE, 'Claim')
  await card(page).getByLabel('Note').pressSequentially('Typed, then the window closed mid-sen')
  await page.close({ runBeforeUnload: true })

  const again = await context.newPage()
  await openLibrary(again, app)
  await openDocument(again, SEED_TITLES[2]!)
  await again.getByRole('list', { name: 'Highlights in this document' }).getByRole('button').click()
  await expect(card(again).getByLabel('Note')).toHaveValue('Typed, then the window closed mid-sen')
})

test('the corpus-wide view filters by category and jumps to a passage in another document', async ({ page, app }) => {
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[2]!)
  await highlightWithMouse(page, SENTENCE, 'Claim')
  await openDocument(page, SEED_TITLES[1]!)
  await highlightWithMouse(page, 'Ceasefire negotiations between Israel and Hamas have reached another impasse', 'Framing')
  await page.getByRole('tab', { name: 'All' }).click()
  const all = page.getByRole('list', { name: 'All highlights' })
  await expect(all.getByRole('listitem')).toHaveCount(2)
  await page.getByLabel('Category').selectOption({ label: 'Claim' })
  await expect(all.getByRole('listitem')).toHaveCount(1)
  await all.getByRole('button').click()
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(SEED_TITLES[2]!)
  await expect(card(page).locator('blockquote')).toHaveText(SENTENCE)
  await expect(page.getByRole('document', { name: 'Document text' }).getByText(SENTENCE)).toBeInViewport()
})

test('the category choices stay inside the window for a passage at the left edge of the leftmost pane', async ({ page, app }) => {
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[2]!)
  for (const title of [SEED_TITLES[0]!, SEED_TITLES[1]!]) await libraryRow(page, title).click({ modifiers: ['Shift'] })
  // With the library closed, the first of three panes starts at the window's left edge.
  await page.getByRole('button', { name: 'Library' }).click()
  const first = page.getByRole('region', { name: /^Pane 1 of 3/ })
  await selectWithMouse(page, 'The threat', first)
  const choices = page.getByRole('dialog', { name: 'Highlight as' }).getByRole('button')
  await expect(choices.first()).toBeVisible()
  const width = page.viewportSize()!.width
  await page.screenshot({ path: test.info().outputPath('popover-at-left-edge.png') })
  for (const box of await choices.evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.left).toBeGreaterThanOrEqual(0)
    expect(box.right).toBeLessThanOrEqual(width)
    expect(box.top).toBeGreaterThanOrEqual(0)
  }
})
