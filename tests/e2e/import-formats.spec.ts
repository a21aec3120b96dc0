import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect, openLibrary, openDocument, libraryRow, importFiles } from './fixtures'
import { PAGE_ARTICLE, PAGE_FURNITURE, savedPage, WORD_AUTHOR, WORD_PARAGRAPHS, WORD_TITLE, wordDocument } from '../helpers/document-fixtures'

test('a saved web page and a Word file chosen to import show their own title, outlet, date and byline, and only their article', async ({ page, app }) => {
  const folder = await mkdtemp(join(tmpdir(), 'parallax-formats-'))
  await writeFile(join(folder, 'doha.html'), savedPage())
  await writeFile(join(folder, 'notes.docx'), wordDocument())
  await openLibrary(page, app)
  await importFiles(page, [join(folder, 'doha.html'), join(folder, 'notes.docx')])

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
