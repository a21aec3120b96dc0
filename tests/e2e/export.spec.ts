import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { test, expect, openLibrary, openDocument, SEED_TITLES } from './fixtures'
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
