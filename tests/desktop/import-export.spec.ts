import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect, libraryRows, libraryWindow } from './fixtures'
import type { DesktopShell } from './desktop-shell'

/** Clicks an item of the application menu, as the user does, by its labels (File, Import…). */
function clickMenu(desktop: DesktopShell, labels: string[]): Promise<void> {
  return desktop.evaluateMain(({ Menu }, path) => {
    let items = Menu.getApplicationMenu()!.items
    let item
    for (const label of path) {
      item = items.find((each) => each.label === label)
      if (!item) throw new Error(`No menu item ${label}`)
      items = item.submenu?.items ?? []
    }
    item!.click()
  }, labels)
}

/** The open dialog answers with these paths the next time it is shown, and tells what it was asked. */
function answerOpenDialog(desktop: DesktopShell, paths: string[]): Promise<void> {
  return desktop.evaluateMain(({ dialog }, filePaths) => {
    const asked = globalThis as unknown as { openDialogAsked?: unknown }
    dialog.showOpenDialog = (async (...args: unknown[]) => {
      asked.openDialogAsked = (args.at(-1) as { properties?: string[] }).properties
      return { canceled: false, filePaths }
    }) as typeof dialog.showOpenDialog
  }, paths)
}

async function articles(folder: string, names: string[]): Promise<string[]> {
  await mkdir(folder, { recursive: true })
  return Promise.all(
    names.map(async (name, index) => {
      const path = join(folder, name)
      await writeFile(path, `Article ${index + 1}: ${name} in the desktop app\n\nA body of text that says something of its own, number ${index + 1}.\n`)
      return path
    })
  )
}

test('files dropped from disk are imported by their paths', async ({ launchDesktop, filesDir }) => {
  const desktop = await launchDesktop()
  const page = await libraryWindow(desktop)
  const [first, second] = await articles(join(filesDir, 'drop'), ['dropped one.txt', 'dropped two.md'])
  // Rewritten after it is picked up: the page could no longer read the file it was given (Chromium refuses a file
  // changed since it was chosen), but the back end reads it by its path, as it is now.
  await desktop.dropFiles(page, [first!, second!], () => writeFile(first!, 'Rewritten after the pick-up\n\nThe text as it is on disk now.\n'))
  const summary = page.getByRole('dialog', { name: 'Import finished' })
  await expect(summary).toContainText('2 documents were added to the library.')
  await expect(libraryRows(page)).toHaveCount(8)
  await expect(page.getByRole('row', { name: /Rewritten after the pick-up/ })).toBeVisible()
})

test('File > Import… imports the files the dialog gives, and Import Folder… a folder', async ({ launchDesktop, filesDir }) => {
  const desktop = await launchDesktop()
  const page = await libraryWindow(desktop)
  const paths = await articles(join(filesDir, 'chosen'), ['chosen.txt', 'chosen too.md'])
  await answerOpenDialog(desktop, paths)
  await clickMenu(desktop, ['File', 'Import…'])
  await expect(page.getByRole('dialog', { name: 'Import finished' })).toContainText('2 documents were added to the library.')
  expect(await desktop.evaluateMain(() => (globalThis as unknown as { openDialogAsked: unknown }).openDialogAsked, null)).toEqual(
    process.platform === 'darwin' ? ['openFile', 'openDirectory', 'multiSelections'] : ['openFile', 'multiSelections']
  )
  await page.getByRole('dialog', { name: 'Import finished' }).getByRole('button', { name: 'Close' }).click()

  const folder = join(paths[0]!, '..', 'folder')
  await articles(folder, ['in the folder.txt'])
  await answerOpenDialog(desktop, [folder])
  await clickMenu(desktop, ['File', 'Import Folder…'])
  await expect(page.getByRole('dialog', { name: 'Import finished' })).toContainText('1 document was added to the library.')
  expect(await desktop.evaluateMain(() => (globalThis as unknown as { openDialogAsked: unknown }).openDialogAsked, null)).toEqual(['openDirectory', 'multiSelections'])
  await expect(libraryRows(page)).toHaveCount(9)
})

test('File > Export… opens the export, and Save… writes where the save dialog says', async ({ launchDesktop, filesDir }) => {
  const desktop = await launchDesktop()
  const page = await libraryWindow(desktop)
  const target = join(filesDir, 'notes.md')
  await desktop.evaluateMain(({ dialog }, filePath) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog
  }, target)
  await clickMenu(desktop, ['File', 'Export…'])
  const exportDialog = page.getByRole('dialog', { name: 'Export notes' })
  await exportDialog.getByLabel('Documents').selectOption('library')
  // Nothing is highlighted yet: the documents are listed only when asked for.
  await expect(exportDialog.getByRole('status')).toHaveText('No document here has a highlight or a note yet; tick “Every document” to list them anyway.')
  await exportDialog.getByRole('checkbox', { name: 'Every document, even one without highlights' }).check()
  await expect(exportDialog.getByLabel('Preview')).toContainText('Trump')
  await exportDialog.getByRole('button', { name: 'Save…' }).click()
  await expect.poll(() => readFile(target, 'utf8').catch(() => '')).toContain('documents:')
})
