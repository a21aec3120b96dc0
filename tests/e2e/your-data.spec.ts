import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect, openLibrary, libraryRow, SEED_TITLES } from './fixtures'
import { BrowserModeApp } from './browser-mode-app'

interface Catalog {
  documents: Record<string, { title: string; textHash: string }>
}

async function catalogOf(dataDir: string): Promise<Catalog> {
  return JSON.parse(await readFile(join(dataDir, 'catalog.json'), 'utf8')) as Catalog
}

test('a damaged catalog is moved aside and the last backup restored, and the window says so', async ({ page, app }) => {
  await openLibrary(page, app)
  await app.stop(page)
  await writeFile(join(app.dataDir, 'catalog.json'), '{"schemaVersion": 3, "documents": {')
  await app.start()
  await openLibrary(page, app)
  const alert = page.getByRole('alert').filter({ hasText: 'The library catalog is not valid JSON' })
  await expect(alert).toContainText('restored the backup taken')
  await expect(alert).toContainText(join(app.dataDir, 'damaged'))
  await expect(page.getByRole('grid', { name: 'Documents' }).getByRole('row')).toHaveCount(6)
  expect(await readFile(join(app.dataDir, 'catalog.json'), 'utf8')).toContain('"schemaVersion"')
})

test('a document whose text file is gone is marked in the library and says why it cannot open', async ({ page, app }) => {
  await openLibrary(page, app)
  await app.stop(page)
  const doc = Object.values((await catalogOf(app.dataDir)).documents).find((d) => d.title === SEED_TITLES[1])!
  await rm(join(app.dataDir, 'texts', `${doc.textHash}.txt`))
  await app.start()
  await openLibrary(page, app)
  const row = libraryRow(page, new RegExp(SEED_TITLES[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
  await expect(row).toContainText('Text missing')
  await row.click()
  await expect(page.getByText('This document could not be opened')).toBeVisible()
  await libraryRow(page, SEED_TITLES[2]!).click()
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(SEED_TITLES[2]!)
})

test('a change another program makes to the catalog is taken in, not overwritten', async ({ page, app }) => {
  await openLibrary(page, app)
  const catalog = await catalogOf(app.dataDir)
  const doc = Object.values(catalog.documents).find((d) => d.title === SEED_TITLES[3])!
  doc.title = 'Renamed by a sync tool'
  await writeFile(join(app.dataDir, 'catalog.json'), JSON.stringify(catalog, null, 2))
  // The window checks when it regains focus, as after switching back from the other program.
  await expect
    .poll(async () => {
      await page.evaluate(() => window.dispatchEvent(new Event('focus')))
      return page.getByText('changed by another program while Parallax was running').count()
    })
    .toBeGreaterThan(0)
  await expect(libraryRow(page, 'Renamed by a sync tool')).toBeVisible()
  // An edit made afterwards keeps the other program's change.
  await libraryRow(page, SEED_TITLES[0]!).click()
  await page.getByRole('button', { name: 'Edit details' }).click()
  await page.getByRole('form', { name: 'Document details' }).getByLabel('Outlet').fill('TJV News')
  await page.getByRole('form', { name: 'Document details' }).getByRole('button', { name: 'Save' }).click()
  await expect(libraryRow(page, SEED_TITLES[0]!)).toContainText('TJV News')
  const after = await catalogOf(app.dataDir)
  expect(Object.values(after.documents).map((d) => d.title)).toContain('Renamed by a sync tool')
})

test('a second browser mode on the same data folder is refused with a clear message, and nothing is written', async ({ app }) => {
  const before = await readFile(join(app.dataDir, 'catalog.json'), 'utf8')
  await expect(BrowserModeApp.launch(app.dataDir)).rejects.toThrow(
    `This data folder is in use by another Parallax (process ${app.pid}). Close it, or choose another folder with --data-dir.`
  )
  expect(await readFile(join(app.dataDir, 'catalog.json'), 'utf8')).toBe(before)
})
