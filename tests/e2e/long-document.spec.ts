import type { Route } from '@playwright/test'
import { test, expect, openLibrary, openDocument } from './fixtures'
import { highlightWithMouse, paintedTexts } from './reader-actions'

const TITLE = 'A long report told from the start'
const NEAR_START = 'Paragraph 1 of a long report'
const NEAR_END = 'Near the end, the envoy met the mediators in Doha.'

test('a long document shows its beginning and its highlights there at once, and the rest, searched meanwhile, once it arrives', async ({ page, app }) => {
  await openLibrary(page, app)
  const paragraphs = Array.from({ length: 4000 }, (_, i) => (i === 3900 ? NEAR_END : `Paragraph ${i} of a long report on the talks, nothing special in it.`))
  const text = `${TITLE}\n\n${paragraphs.join('\n\n')}\n`
  await page.getByLabel('Choose files to import').setInputFiles([{ name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }])
  await page.getByRole('dialog', { name: 'Import finished' }).getByRole('button', { name: 'Close' }).click()
  const { id } = ((await app.call('listDocuments')) as { id: string; title: string }[]).find((doc) => doc.title === TITLE)!
  for (const passage of [NEAR_START, NEAR_END]) {
    const start = text.indexOf(passage)
    await app.call('createHighlight', { documentId: id, start, end: start + passage.length, categoryId: 'claim' })
  }

  // Hold back the whole text and all the highlights; the beginning and the highlights placed in it go through.
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  const heldBack: string[] = []
  // The back end answers at once; its answer reaches the page only on release, so a highlight made meanwhile is
  // missing from it.
  const holdWhole = (field: string) => async (route: Route) => {
    if ((route.request().postDataJSON() as Record<string, unknown>)[field] !== undefined) return route.continue()
    const response = await route.fetch()
    heldBack.push(new URL(route.request().url()).pathname)
    await held
    await route.fulfill({ response })
  }
  await page.route('**/api/openDocument', holdWhole('head'))
  await page.route('**/api/getAnnotations', holdWhole('before'))
  await openDocument(page, TITLE)
  const reader = page.getByRole('document', { name: 'Document text' })
  await expect(reader.locator('p', { hasText: 'Paragraph 0 of' })).toBeVisible()
  await expect.poll(async () => (await paintedTexts(page))['hl-0']).toEqual([NEAR_START])
  await expect.poll(() => heldBack.sort()).toEqual(['/api/getAnnotations', '/api/openDocument'])
  await expect(reader.locator('p', { hasText: 'Paragraph 3999 of' })).toHaveCount(0)
  const list = page.getByRole('list', { name: 'Highlights in this document' }).getByRole('listitem')
  await expect(list).toHaveCount(1)
  await highlightWithMouse(page, 'Paragraph 5 of a long report', 'Quote')
  await expect(list).toHaveCount(2)

  await reader.click()
  await page.keyboard.press('Control+f')
  await page.getByRole('searchbox', { name: 'Find in document' }).fill('mediators in doha')
  const status = page.getByRole('search', { name: 'Find in document' }).getByRole('status')
  await expect(status).toHaveText('No matches')

  release()
  await expect(status).toHaveText('1 of 1')
  await expect(list).toHaveCount(3)
  await page.keyboard.press('Enter')
  await expect(reader.locator('p', { hasText: NEAR_END })).toBeInViewport()
})
