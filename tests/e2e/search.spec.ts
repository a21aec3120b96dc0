import { test, expect, openLibrary, openDocument, SEED_TITLES } from './fixtures'
import { highlightWithMouse, paintedTexts } from './reader-actions'

function results(page: import('@playwright/test').Page) {
  return page.getByRole('listbox', { name: 'Results' })
}

test('Ctrl+K searches the library; Enter opens the passage, scrolled to and marked', async ({ page, app }) => {
  await openLibrary(page, app)
  await page.keyboard.press('Control+k')
  const box = page.getByRole('combobox', { name: 'Search the library' })
  await expect(box).toBeFocused()
  await box.fill('Witkoff')
  // The three seeds that name him: tjvnews.com (000), RT (001) and the Post (002).
  const groups = results(page).getByRole('group')
  await expect(groups).toHaveCount(3)
  await expect(groups).toContainText([SEED_TITLES[2]!, SEED_TITLES[0]!, SEED_TITLES[1]!].map((t) => t.slice(0, 20)))
  await expect(results(page).getByRole('option').first().locator('mark').first()).toHaveText('Witkoff')

  await page.keyboard.press('ArrowDown')
  const chosen = results(page).getByRole('option', { selected: true })
  const snippet = (await chosen.textContent())!
  const group = (await chosen.locator('xpath=ancestor::section').getAttribute('aria-label'))!
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'Search the library' })).toHaveCount(0)
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(group)
  await expect.poll(async () => (await paintedTexts(page)).marked).toEqual(['Witkoff'])
  const marked = page.locator('p[data-start]', { hasText: snippet.replace(/^Text/, '').replace(/^…|…$/g, '').trim().slice(0, 30) })
  await expect(marked).toBeInViewport()
})

test('a phrase in straight quotes finds the curly-quoted text, and a typo still finds the word', async ({ page, app }) => {
  await openLibrary(page, app)
  await page.keyboard.press('/')
  const box = page.getByRole('combobox', { name: 'Search the library' })
  await box.fill('"didn\'t really want to make a deal"')
  await expect(results(page).getByRole('group')).toHaveCount(1)
  await expect(results(page).getByRole('group')).toHaveAttribute('aria-label', SEED_TITLES[1]!)
  await expect(results(page).locator('mark')).toHaveText(['didn’t really want to make a deal'])

  await box.fill('Witkof')
  await expect(results(page).getByRole('group')).toHaveCount(3)
  // Escape closes the search at once, text and all, as a command palette does.
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog', { name: 'Search the library' })).toHaveCount(0)
})

test('notes and tags are searched, and the notes-only filter keeps just the notes', async ({ page, app }) => {
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[2]!)
  await highlightWithMouse(page, 'the terrorist organization', 'Framing')
  const card = page.getByRole('region', { name: 'Highlight' })
  await card.getByLabel('Add a tag').fill('loaded-language')
  await card.getByLabel('Add a tag').press('Enter')
  await card.getByLabel('Note').fill('Compare how the wire copy names the group')
  await expect(card.getByText('Saved')).toBeVisible()

  await page.keyboard.press('Control+k')
  const box = page.getByRole('combobox', { name: 'Search the library' })
  await box.fill('wire copy names')
  await expect(results(page).getByRole('option')).toHaveCount(1)
  await expect(results(page).getByRole('option')).toContainText('Note')
  await box.fill('loaded-language')
  await expect(results(page).getByRole('option').filter({ hasText: 'Tag' })).toHaveCount(1)

  await box.fill('organization')
  await expect(results(page).getByRole('option').filter({ hasText: 'Text' }).first()).toBeVisible()
  await page.getByRole('group', { name: 'Filters' }).getByLabel('Notes only').check()
  await expect(results(page).getByText('Nothing matches')).toBeVisible()
  await box.fill('group')
  await expect(results(page).getByRole('option')).toHaveCount(1)
  await expect(results(page).getByRole('option')).toContainText('Note')
})

test('Ctrl+F finds a match far below the part of a long document the reader has rendered', async ({ page, app }) => {
  await openLibrary(page, app)
  const paragraphs = Array.from({ length: 3000 }, (_, i) =>
    i === 2900 ? 'Here the envoy met the mediators in Doha at last.' : `Paragraph ${i} of a long report on the talks, with nothing special in it.`
  )
  const text = `A very long report on the talks\n\n${paragraphs.join('\n\n')}\n`
  await page.getByLabel('Choose files to import').setInputFiles([{ name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }])
  await page.getByRole('dialog', { name: 'Import finished' }).getByRole('button', { name: 'Close' }).click()
  await openDocument(page, 'A very long report on the talks')
  const reader = page.getByRole('document', { name: 'Document text' })
  await expect(reader.locator('p', { hasText: 'Paragraph 0 of' })).toBeVisible()

  await reader.click()
  await page.keyboard.press('Control+f')
  const find = page.getByRole('searchbox', { name: 'Find in document' })
  await expect(find).toBeFocused()
  await find.fill('mediators in doha')
  await expect(page.getByRole('search', { name: 'Find in document' }).getByRole('status')).toHaveText('1 of 1')
  await expect(reader.locator('p', { hasText: 'Here the envoy met the mediators' })).toBeInViewport()
  await expect.poll(async () => (await paintedTexts(page))['find-current']).toEqual(['mediators in Doha'])

  // Paragraphs 29, 290 to 299 and 2901 to 2999: 110 matches. Finding starts from where the reader is.
  const status = page.getByRole('search', { name: 'Find in document' }).getByRole('status')
  await find.fill('paragraph 29')
  await expect(status).toHaveText(/^\d+ of 110$/)
  const at = Number((await status.textContent())!.split(' ')[0])
  await page.keyboard.press('Enter')
  await expect(status).toHaveText(`${at + 1} of 110`)
  await page.keyboard.press('Shift+Enter')
  await page.keyboard.press('Shift+Enter')
  await expect(status).toHaveText(`${at - 1} of 110`)
  const current = (await paintedTexts(page))['find-current']![0]!
  expect(current.toLowerCase()).toBe('paragraph 29')
  await page.keyboard.press('Escape')
  await expect(find).toHaveCount(0)
})

/** Written for this test: a short report in Chinese, whose words are not separated by spaces. */
const CHINESE = ['加沙停火谈判再次陷入僵局', '', '调解人周日在多哈会面。人质谈判已经破裂，双方互相指责。', '', '外交官表示，新的方案将在下周提交。'].join('\n')

test('Chinese, written without spaces, is searched by its words and read sentence by sentence', async ({ page, app }) => {
  await openLibrary(page, app)
  await page.getByLabel('Choose files to import').setInputFiles([{ name: 'gaza-zh.txt', mimeType: 'text/plain', buffer: Buffer.from(CHINESE) }])
  await page.getByRole('dialog', { name: 'Import finished' }).getByRole('button', { name: 'Close' }).click()
  await expect(page.getByRole('row', { name: /加沙停火谈判再次陷入僵局/ })).toContainText('28')

  await page.keyboard.press('Control+k')
  const box = page.getByRole('combobox', { name: 'Search the library' })
  await box.fill('人质谈判')
  await expect(results(page).getByRole('group')).toHaveAttribute('aria-label', '加沙停火谈判再次陷入僵局')
  await expect(results(page).locator('mark')).toHaveText(['人质谈判'])
  // Part of a word is not a word: 质谈 spans two.
  await box.fill('质谈 ')
  await expect(page.getByText('Nothing matches.')).toBeVisible()
  await box.fill('人质谈判')
  // The results of this query, not of the one before, are what ArrowDown moves through.
  await expect(results(page).locator('mark')).toHaveText(['人质谈判'])
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')

  await page.getByRole('document', { name: 'Document text' }).focus()
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe('调解人周日在多哈会面。')
  await page.keyboard.press('j')
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe('人质谈判已经破裂，双方互相指责。')
})
