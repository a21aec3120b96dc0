import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import type { Page } from '@playwright/test'
import { test, expect, libraryRow, openLibrary, openDocument, SEED_TITLES } from './fixtures'
import { highlightWithMouse } from './reader-actions'

const run = promisify(execFile)
const CLI = resolve(import.meta.dirname, '..', '..', 'out', 'main', 'cli.js')
/** The export time is the one line that differs between two exports of the same data. */
const withoutTime = (markdown: string) => markdown.replace(/^exported: .*$/m, 'exported: (time)')

test('an export from the app, with a preview, equals the CLI export of the same data folder', async ({ page, app }) => {
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[2]!)
  await highlightWithMouse(page, 'Witkoff confirmed that there is a deadline for Hamas to release the hostages', 'Claim')
  const card = page.getByRole('region', { name: 'Highlight' })
  await card.getByLabel('Note').fill('# Not a heading\n<img src=x onerror=alert(1)>')
  await expect(card.getByText('Saved')).toBeVisible()

  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export notes' })
  await dialog.getByLabel('Documents').selectOption('library')
  await expect(dialog.getByLabel('Preview')).toContainText('> Witkoff confirmed that there is a deadline for Hamas to release the hostages')
  await expect(dialog.getByLabel('Preview')).toContainText('&lt;img src=x onerror=alert(1)>')
  await expect(page.locator('img')).toHaveCount(0)
  const downloading = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('parallax-notes.md')
  const fromApp = await readFile((await download.path())!, 'utf8')

  const { stdout } = await run(process.execPath, [CLI, 'export', '--data-dir', app.dataDir, '--format', 'md'])
  expect(withoutTime(fromApp)).toBe(withoutTime(stdout))
})

test('Copy as Markdown puts one highlight, or a whole list, on the clipboard in the export form', async ({ page, app, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin })
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[2]!)
  await highlightWithMouse(page, 'Witkoff confirmed that there is a deadline for Hamas', 'Claim')
  await page.keyboard.press('Escape')
  await highlightWithMouse(page, 'the terrorist organization', 'Framing')
  await page.getByRole('region', { name: 'Highlight' }).getByRole('button', { name: 'Copy as Markdown' }).click()
  await expect(page.getByText('Copied the highlight as Markdown.')).toBeVisible()
  const one = await page.evaluate(() => navigator.clipboard.readText())
  expect(one).toMatch(/^> the terrorist organization\n\n- Category: Framing\n- Link: \[open in Parallax\]\(parallax:\/\/open\?doc=d_[a-z0-9]+&start=\d+&end=\d+\)/)

  await page.getByRole('button', { name: 'Copy all 2 as Markdown' }).click()
  const both = await page.evaluate(() => navigator.clipboard.readText())
  expect(both.match(/^> /gm)).toHaveLength(2)
  expect(both).toContain('- Category: Claim')
})

test('the export can take a chosen set of documents', async ({ page, app }) => {
  await openLibrary(page, app)
  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export notes' })
  await dialog.getByLabel('Documents').selectOption('chosen')
  await expect(dialog.getByRole('alert')).toHaveText('Choose at least one document.')
  await dialog.getByRole('checkbox', { name: SEED_TITLES[1]! }).check()
  await dialog.getByRole('checkbox', { name: SEED_TITLES[3]! }).check()
  // Neither has a highlight: only asked for, they get their headings.
  await dialog.getByRole('checkbox', { name: 'Every document, even one without highlights' }).check()
  const preview = dialog.getByLabel('Preview')
  await expect(preview).toContainText(`## ${SEED_TITLES[3]!}`)
  await expect(preview).toContainText('## Trump: Israel to Hunt Down Hamas as Ceasefire Talks Stall')
  await expect(preview).not.toContainText('## Joint US-Israeli')
  await expect(dialog.getByText('parallax-notes.md')).toBeVisible()
})

test('closing Export with Escape gives the keyboard back to the button that opened it', async ({ page, app }) => {
  await openLibrary(page, app)
  const button = page.getByRole('button', { name: 'Export…' })
  await button.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Export notes' })
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(button).toBeFocused()
})

async function openExport(page: Page) {
  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export notes' })
  await expect(dialog).toBeVisible()
  return dialog
}

test('Export starts on the whole library, leaving out documents without highlights, and chooses from every document whatever the library’s tag filter', async ({ page, app }) => {
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[2]!)
  await highlightWithMouse(page, 'Witkoff confirmed that there is a deadline for Hamas', 'Claim')
  const card = page.getByRole('region', { name: 'Highlight' })
  await card.getByLabel('Add a tag').fill('deadline')
  await card.getByLabel('Add a tag').press('Enter')
  // The library narrowed to the one document tagged #deadline.
  await page.getByRole('tab', { name: 'Tags' }).click()
  await page.getByRole('list', { name: 'Tags' }).getByRole('button', { name: '#deadline' }).click()
  await expect(libraryRow(page, SEED_TITLES[1]!)).toHaveCount(0)

  const dialog = await openExport(page)
  await expect(dialog.getByLabel('Documents')).toHaveValue('library')
  const preview = dialog.getByLabel('Preview')
  await expect(preview).toContainText(`## ${SEED_TITLES[2]!}`)
  // Four documents have no highlight: no empty heading for them, nor a line in the front matter.
  await expect.poll(async () => (await preview.textContent())?.match(/^## /gm)).toEqual(['## '])
  await expect(preview).not.toContainText(SEED_TITLES[3]!)

  await dialog.getByLabel('Documents').selectOption('chosen')
  const choices = dialog.getByRole('group', { name: 'Documents to export' }).getByRole('checkbox')
  await expect(choices).toHaveCount(5)
  // The document open in the pane starts ticked.
  await expect(dialog.getByRole('checkbox', { name: SEED_TITLES[2]! })).toBeChecked()
  await expect(dialog.getByRole('checkbox', { name: SEED_TITLES[3]! })).not.toBeChecked()
  await expect(preview).toContainText('> Witkoff confirmed that there is a deadline for Hamas')
})

test('the Markdown report names each highlight’s outlet, leaves out links on request, writes no null field, and keeps its options', async ({ page, app }) => {
  await openLibrary(page, app)
  // RT's article has an outlet but no date.
  await openDocument(page, SEED_TITLES[1]!)
  await highlightWithMouse(page, 'Ceasefire negotiations between Israel and Hamas', 'Claim')
  let dialog = await openExport(page)
  const text = async () => (await dialog.getByLabel('Preview').textContent()) ?? ''
  await expect.poll(text).toContain('> Ceasefire negotiations between Israel and Hamas\n\n- Outlet: RT\n- Category: Claim\n- Link: [open in Parallax](parallax://open?doc=')
  expect(await text()).toMatch(/^---\ntitle: "Trump: Israel to Hunt Down Hamas as Ceasefire Talks Stall"\noutlet: RT\nsource: .*\nexported: /)
  expect(await text()).not.toContain('null')

  const links = dialog.getByRole('checkbox', { name: 'Links back into Parallax, with character offsets' })
  await links.uncheck()
  // The report ends at the category once the preview has redrawn without the link.
  await expect.poll(text).toMatch(/> Ceasefire negotiations between Israel and Hamas\n\n- Outlet: RT\n- Category: Claim\n$/)
  expect(await text()).not.toMatch(/parallax:|characters \d|- Link:/)
  const outlets = dialog.getByRole('checkbox', { name: 'Outlet beside each highlight' })
  await outlets.uncheck()
  await expect.poll(text).toContain('> Ceasefire negotiations between Israel and Hamas\n\n- Category: Claim\n')
  await outlets.check()
  await dialog.getByLabel('Group by').selectOption('category')
  for (const theme of ['Light', 'Dark']) {
    await page.evaluate((choice) => (document.documentElement.dataset.theme = choice), theme.toLowerCase())
    await page.screenshot({ path: test.info().outputPath(`export-${theme.toLowerCase()}.png`) })
  }
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  // Opened again, and in a new window: the choices stand, and the file is the report previewed.
  for (const reopen of [async () => undefined, () => page.reload()]) {
    await reopen()
    dialog = await openExport(page)
    await expect(dialog.getByRole('checkbox', { name: 'Links back into Parallax, with character offsets' })).not.toBeChecked()
    await expect(dialog.getByRole('checkbox', { name: 'Outlet beside each highlight' })).toBeChecked()
    await expect(dialog.getByLabel('Group by')).toHaveValue('category')
    await expect.poll(text).toContain('## Claim\n\n> Ceasefire negotiations between Israel and Hamas\n\n- Document: Trump: Israel to Hunt Down Hamas as Ceasefire Talks Stall\n- Outlet: RT\n- Category: Claim\n')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
  }
  dialog = await openExport(page)
  await expect.poll(text).toContain('- Outlet: RT')
  const downloading = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download' }).click()
  const saved = await readFile((await (await downloading).path())!, 'utf8')
  expect(saved).toContain('- Outlet: RT\n- Category: Claim\n')
  expect(saved).not.toMatch(/parallax:|null/)
})
