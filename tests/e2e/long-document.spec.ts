import { test, expect, openLibrary, openDocument } from './fixtures'

test('a long document shows its beginning at once, and a search typed meanwhile covers the rest once it arrives', async ({ page, app }) => {
  await openLibrary(page, app)
  const paragraphs = Array.from({ length: 4000 }, (_, i) =>
    i === 3900 ? 'Near the end, the envoy met the mediators in Doha.' : `Paragraph ${i} of a long report on the talks, nothing special in it.`
  )
  const text = `A long report told from the start\n\n${paragraphs.join('\n\n')}\n`
  await page.getByLabel('Choose files to import').setInputFiles([{ name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }])
  await page.getByRole('dialog', { name: 'Import finished' }).getByRole('button', { name: 'Close' }).click()

  // Hold back the whole text; its beginning is asked for with a head length and goes through.
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  let heldBack = 0
  await page.route('**/api/openDocument', async (route) => {
    if ((route.request().postDataJSON() as { head?: number }).head === undefined) {
      heldBack++
      await held
    }
    await route.continue()
  })
  await openDocument(page, 'A long report told from the start')
  const reader = page.getByRole('document', { name: 'Document text' })
  await expect(reader.locator('p', { hasText: 'Paragraph 0 of' })).toBeVisible()
  await expect.poll(() => heldBack).toBe(1)
  await expect(reader.locator('p', { hasText: 'Paragraph 3999 of' })).toHaveCount(0)

  await reader.click()
  await page.keyboard.press('Control+f')
  await page.getByRole('searchbox', { name: 'Find in document' }).fill('mediators in doha')
  const status = page.getByRole('search', { name: 'Find in document' }).getByRole('status')
  await expect(status).toHaveText('No matches')

  release()
  await expect(status).toHaveText('1 of 1')
  await page.keyboard.press('Enter')
  await expect(reader.locator('p', { hasText: 'Near the end, the envoy met the mediators' })).toBeInViewport()
})
