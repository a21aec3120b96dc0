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
