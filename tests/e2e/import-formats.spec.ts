import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect, openLibrary, openDocument, libraryRow, importFiles } from './fixtures'
import { highlightWithMouse, paintedTexts } from './reader-actions'
import { ARCHIVE_ADDRESS, PAGE_ARTICLE, PAGE_FURNITURE, savedPage, webArchive, WORD_AUTHOR, WORD_PARAGRAPHS, WORD_TITLE, wordDocument } from '../helpers/document-fixtures'
import { PDF_AUTHOR, PDF_HEADER, PDF_PARAGRAPHS, PDF_TITLE, scannedPdf, twoColumnPdf } from '../helpers/pdf-fixtures'

test('a saved web page, a Word file and a PDF chosen to import show their own title, outlet, date and byline, and only their article', async ({ page, app }) => {
  const folder = await mkdtemp(join(tmpdir(), 'parallax-formats-'))
  await writeFile(join(folder, 'doha.html'), savedPage())
  await writeFile(join(folder, 'notes.docx'), wordDocument())
  await writeFile(join(folder, 'review.pdf'), (await twoColumnPdf()).bytes)
  await openLibrary(page, app)
  await importFiles(page, [join(folder, 'doha.html'), join(folder, 'notes.docx'), join(folder, 'review.pdf')])
  await expect(libraryRow(page, PDF_TITLE)).toContainText('Mar 5, 2024')

  const pageRow = libraryRow(page, /Ceasefire talks resume in Doha/)
  await expect(pageRow.getByRole('gridcell').filter({ hasText: 'The Daily Example' })).toBeVisible()
  await expect(pageRow).toContainText('Mar 5, 2024')
  await openDocument(page, 'Ceasefire talks resume in Doha')
  const header = page.getByRole('article').locator('header')
  await expect(header.getByText('By Ana Pérez and Sam Lee', { exact: true })).toBeVisible()
  await expect(header.getByText('The Daily Example', { exact: true })).toBeVisible()
  await expect(header.getByText('Western (Windows-1252), as the file declares', { exact: true })).toBeVisible()
  const text = page.getByRole('document', { name: 'Document text' })
  for (const paragraph of PAGE_ARTICLE) await expect(text).toContainText(paragraph)
  for (const furniture of PAGE_FURNITURE) await expect(text).not.toContainText(furniture)
  await page.screenshot({ path: test.info().outputPath('saved-page.png') })

  await openDocument(page, WORD_TITLE)
  await expect(header.getByText(`By ${WORD_AUTHOR}`, { exact: true })).toBeVisible()
  for (const paragraph of WORD_PARAGRAPHS) await expect(text).toContainText(paragraph)
  // A Word file's text was never an encoding's to choose.
  await expect(header.getByLabel('Decode the original file as')).toHaveCount(0)
  // The author is a detail like the others: corrected in Edit details.
  await page.getByRole('button', { name: 'Edit details' }).click()
  const details = page.getByRole('form', { name: 'Document details' })
  await expect(details.getByLabel('Author')).toHaveValue(WORD_AUTHOR)
  await details.getByLabel('Author').fill('Ana Pérez Gómez')
  await details.getByRole('button', { name: 'Save' }).click()
  await expect(header.getByText('By Ana Pérez Gómez', { exact: true })).toBeVisible()
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: test.info().outputPath('word-file-dark.png') })
  await rm(folder, { recursive: true })
})

test('a two-column PDF dropped on the window reads column by column without its running header, and a scanned one is named as such', async ({ page, app }) => {
  const files = [
    { name: 'review.pdf', bytes: [...(await twoColumnPdf()).bytes] },
    { name: 'scan.pdf', bytes: [...(await scannedPdf())] }
  ]
  await openLibrary(page, app)
  const dataTransfer = await page.evaluateHandle((dropped) => {
    const transfer = new DataTransfer()
    for (const file of dropped) transfer.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: 'application/pdf' }))
    return transfer
  }, files)
  await page.dispatchEvent('body', 'dragenter', { dataTransfer })
  await expect(page.getByRole('status', { name: 'Drop to import' })).toContainText('PDFs (.pdf)')
  await page.dispatchEvent('body', 'dragover', { dataTransfer })
  await page.dispatchEvent('body', 'drop', { dataTransfer })
  const summary = page.getByRole('dialog', { name: 'Import finished' })
  await expect(summary).toContainText('1 document was added to the library.')
  await expect(summary.getByRole('list', { name: 'Not imported' })).toHaveText(
    'scan.pdf: This PDF has no text layer (it looks scanned), so there is nothing to import.'
  )
  await page.screenshot({ path: test.info().outputPath('pdf-scanned-named.png') })
  await summary.getByRole('button', { name: 'Close' }).click()

  await expect(libraryRow(page, PDF_TITLE)).toContainText('Mar 5, 2024')
  await openDocument(page, PDF_TITLE)
  const header = page.getByRole('article').locator('header')
  await expect(header.getByText(`By ${PDF_AUTHOR}`, { exact: true })).toBeVisible()
  // A PDF's text was never an encoding's to choose; it is only extracted again.
  await expect(header.getByLabel('Decode the original file as')).toHaveCount(0)
  await expect(header.getByRole('button', { name: 'Extract again' })).toBeVisible()
  const text = page.getByRole('document', { name: 'Document text' })
  // Each paragraph whole, in order: the one that runs from the left column's foot into the right column, and the one
  // hyphenated across the page break ("medic-" / "ine.").
  await expect(text.getByText(PDF_PARAGRAPHS[2]!, { exact: true })).toBeVisible()
  await expect(text.getByText(PDF_PARAGRAPHS[6]!, { exact: true })).toBeVisible()
  await expect(text).not.toContainText(PDF_HEADER)
  await expect(text).not.toContainText('Page 1 of 2')
  await page.screenshot({ path: test.info().outputPath('pdf-light.png') })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: test.info().outputPath('pdf-dark.png') })
})

test('a web archive dropped on the window reads as its page, and Extract again reads it from its file, highlights kept', async ({ page, app }) => {
  await openLibrary(page, app)
  const dataTransfer = await page.evaluateHandle((bytes) => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([new Uint8Array(bytes)], 'doha.mhtml', { type: 'multipart/related' }))
    return transfer
  }, [...webArchive()])
  await page.dispatchEvent('body', 'dragenter', { dataTransfer })
  await page.dispatchEvent('body', 'dragover', { dataTransfer })
  await page.dispatchEvent('body', 'drop', { dataTransfer })
  const summary = page.getByRole('dialog', { name: 'Import finished' })
  await expect(summary).toContainText('1 document was added to the library.')
  await summary.getByRole('button', { name: 'Close' }).click()

  await openDocument(page, 'Ceasefire talks resume in Doha')
  const header = page.getByRole('article').locator('header')
  await expect(header.getByText(ARCHIVE_ADDRESS, { exact: true })).toBeVisible()
  await expect(header.getByText('By Ana Pérez and Sam Lee', { exact: true })).toBeVisible()
  const text = page.getByRole('document', { name: 'Document text' })
  for (const paragraph of PAGE_ARTICLE) await expect(text).toContainText(paragraph)
  for (const furniture of PAGE_FURNITURE) await expect(text).not.toContainText(furniture)
  await expect(header.getByLabel('Decode the original file as')).toHaveCount(0)

  await highlightWithMouse(page, 'six-week truce', 'Claim')
  const list = page.getByRole('list', { name: 'Highlights in this document' })
  await expect(list.getByRole('listitem')).toHaveCount(1)
  const painted = await paintedTexts(page)
  expect(Object.values(painted).flat()).toContain('six-week truce')

  await header.getByRole('button', { name: 'Extract again' }).click()
  await expect(page.getByText('Read again from the original file.', { exact: true })).toBeVisible()
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await expect.poll(() => paintedTexts(page)).toEqual(painted)
  await page.screenshot({ path: test.info().outputPath('web-archive.png') })
})
