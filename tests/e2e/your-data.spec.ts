import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect, openDocument, openLibrary, libraryRow, panes, SEED_TITLES } from './fixtures'
import { BrowserModeApp } from './browser-mode-app'
import { CATALOG_VERSION } from '../../src/main/store/formats/catalog'
import { inMachineFolder } from '../helpers/machine-path'

interface Catalog {
  documents: Record<string, { title: string; outlet: string | null; textHash: string }>
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
  await expect(alert).toContainText(inMachineFolder(app.dataDir, 'damaged'))
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
  // The edit reaches catalog.json when the journal is folded, once edits pause.
  await expect.poll(async () => Object.values((await catalogOf(app.dataDir)).documents).map((d) => d.outlet)).toContain('TJV News')
  const after = await catalogOf(app.dataDir)
  expect(Object.values(after.documents).map((d) => d.title)).toContain('Renamed by a sync tool')
})

test('a catalog a newer Parallax put in place while running is kept: edits are refused in words until this Parallax’s copy is chosen', async ({ page, app }) => {
  await openLibrary(page, app)
  const newer = JSON.stringify({ ...(await catalogOf(app.dataDir)), schemaVersion: 999, shelves: [] }, null, 2)
  await writeFile(join(app.dataDir, 'catalog.json'), newer)
  const held = page.getByRole('alert').filter({
    hasText: `was replaced by one written by a newer version of Parallax (format 999; this one reads up to ${CATALOG_VERSION})`
  })
  await expect
    .poll(async () => {
      await page.evaluate(() => window.dispatchEvent(new Event('focus')))
      return held.count()
    })
    .toBe(1)
  await page.screenshot({ path: test.info().outputPath('held-catalog.png') })
  await libraryRow(page, SEED_TITLES[0]!).click()
  await page.getByRole('button', { name: 'Edit details' }).click()
  const form = page.getByRole('form', { name: 'Document details' })
  await form.getByLabel('Outlet').fill('TJV News')
  await form.getByRole('button', { name: 'Save' }).click()
  await expect(form).toContainText(
    'The library catalog was written by a newer version of Parallax, so this one will not change it. Quit Parallax and open this data folder with the newer version.'
  )
  expect(await readFile(join(app.dataDir, 'catalog.json'), 'utf8')).toBe(newer)
  await held.getByRole('button', { name: 'Use this Parallax’s copy' }).click()
  await expect(held).toHaveCount(0)
  const [moved] = await readdir(inMachineFolder(app.dataDir, 'damaged'))
  await expect(page.getByRole('status')).toContainText(`Parallax put its own copy in place; the newer file is now ${inMachineFolder(app.dataDir, 'damaged', moved!)}.`)
  expect(await readFile(inMachineFolder(app.dataDir, 'damaged', moved!), 'utf8')).toBe(newer)
  await form.getByRole('button', { name: 'Save' }).click()
  await expect(libraryRow(page, SEED_TITLES[0]!)).toContainText('TJV News')
  expect(JSON.parse(await readFile(join(app.dataDir, 'catalog.json'), 'utf8'))).toMatchObject({ schemaVersion: CATALOG_VERSION })
})

test('a reading layout a newer Parallax wrote is kept as it is: the window opens on one empty pane, says so, and saves nothing over it', async ({ page, app, context }) => {
  await openLibrary(page, app)
  await app.stop(page)
  const newer = JSON.stringify({ schemaVersion: 9, tabs: [{ documentId: null }] })
  await writeFile(inMachineFolder(app.dataDir, 'workspace.json'), newer)
  await app.start()
  await openLibrary(page, app)
  const held = page.getByRole('alert').filter({ hasText: 'The saved reading layout was written by a newer version of Parallax (format 9; this one reads up to 1)' })
  await expect(held).toContainText('shows it empty')
  await page.screenshot({ path: test.info().outputPath('held-workspace.png') })
  await expect(panes(page)).toHaveCount(1)
  await openDocument(page, SEED_TITLES[0]!)
  await libraryRow(page, SEED_TITLES[1]!).click({ modifiers: ['Shift'] })
  await expect(panes(page)).toHaveCount(2)
  await page.close({ runBeforeUnload: true })

  const again = await context.newPage()
  await openLibrary(again, app)
  await expect(panes(again)).toHaveCount(1)
  expect(await readFile(inMachineFolder(app.dataDir, 'workspace.json'), 'utf8')).toBe(newer)

  const heldAgain = again.getByRole('alert').filter({ hasText: 'The saved reading layout was written by a newer version of Parallax' })
  await heldAgain.getByRole('button', { name: 'Use this Parallax’s copy' }).click()
  await expect(heldAgain).toHaveCount(0)
  expect(await readFile(inMachineFolder(app.dataDir, 'damaged', (await readdir(inMachineFolder(app.dataDir, 'damaged')))[0]!), 'utf8')).toBe(newer)
  await openDocument(again, SEED_TITLES[0]!)
  await expect.poll(async () => JSON.parse(await readFile(inMachineFolder(app.dataDir, 'workspace.json'), 'utf8')) as unknown).toMatchObject({ schemaVersion: 1 })
})

test('a catalog a newer Parallax wrote is refused at start in one sentence, and left as it is', async ({ app }) => {
  await app.stop()
  const newer = JSON.stringify({ ...(await catalogOf(app.dataDir)), schemaVersion: 999 })
  await writeFile(join(app.dataDir, 'catalog.json'), newer)
  await app.start()
  await expect
    .poll(() => app.output)
    .toContain(
      `The library in ${app.dataDir} was written by a newer version of Parallax (format 999; this one reads up to ${CATALOG_VERSION}), so this one will not open it, to leave it unchanged. Open it with the newer Parallax, or choose another folder with --data-dir.`
    )
  expect(await readFile(join(app.dataDir, 'catalog.json'), 'utf8')).toBe(newer)
  expect(await readdir(inMachineFolder(app.dataDir))).not.toContain('damaged')
})

test('a second browser mode on the same data folder is refused with a clear message, and nothing is written', async ({ app }) => {
  const before = await readFile(join(app.dataDir, 'catalog.json'), 'utf8')
  await expect(BrowserModeApp.launch(app.dataDir)).rejects.toThrow(
    `This data folder is in use by another Parallax (process ${app.pid}). Close it, or choose another folder with --data-dir.`
  )
  expect(await readFile(join(app.dataDir, 'catalog.json'), 'utf8')).toBe(before)
})

/** How many panes of `machine`'s saved reading layout show a document; 0 until it has saved one. */
async function openPanesOf(dataDir: string, machine: string): Promise<number> {
  const file = await readFile(join(dataDir, 'machines', machine, 'workspace.json'), 'utf8').catch(() => null)
  if (file === null) return 0
  return (JSON.parse(file) as { layout: { panes: { documentId: string | null }[] } }).layout.panes.filter((pane) => pane.documentId !== null).length
}

test('a second computer sharing the data folder opens it while the first runs, each with its own reading layout', async ({ page, app, context }) => {
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[0]!)
  await expect.poll(() => openPanesOf(app.dataDir, 'e2e-machine')).toBe(1)
  const other = await BrowserModeApp.launch(app.dataDir, { machineId: 'other-computer' })
  const there = await context.newPage()
  try {
    await openLibrary(there, other)
    await expect(panes(there)).toHaveCount(1)
    await openDocument(there, SEED_TITLES[1]!)
    await libraryRow(there, SEED_TITLES[2]!).click({ modifiers: ['Shift'] })
    await expect(panes(there)).toHaveCount(2)
    await there.screenshot({ path: test.info().outputPath('second-computer.png') })
    await expect.poll(() => openPanesOf(app.dataDir, 'other-computer')).toBe(2)
    expect(await openPanesOf(app.dataDir, 'e2e-machine')).toBe(1)
    expect((await readdir(join(app.dataDir, 'machines'))).sort()).toEqual(['e2e-machine', 'other-computer'])
  } finally {
    await other.stop(there)
  }
  await page.reload()
  await expect(panes(page)).toHaveCount(1)
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(SEED_TITLES[0]!)
})
