import type { Page } from '@playwright/test'
import { test, expect, openLibrary, libraryRow } from './fixtures'

/** One remark as three pages of one newspaper print it, each page's host on the line under its headline. */
const REMARK = '“We will bring the immigration bill to the floor before the August recess,” said Representative Dana Whitfield.'
const ARTICLES = [
  { host: 'thecaucus.blogs.nytimes.com', title: 'Whitfield Promises a Summer Vote on Immigration' },
  { host: 'mobile.nytimes.com', title: 'House Leader Sets Immigration Timetable for August' },
  { host: 'www.nytimes.com', title: 'Immigration Bill Heads for a Vote Before Recess' }
].map(({ host, title }) => ({
  name: `${host}.txt`,
  title,
  text: `${title}\n${host}\n2014-06-11\n\n${title} after a closed meeting of the caucus on Tuesday.\n\n${REMARK}\n\nOthers in the party were less sure the votes were there.\n`
}))

async function importArticles(page: Page) {
  await page.getByLabel('Choose files to import').setInputFiles(ARTICLES.map((a) => ({ name: a.name, mimeType: 'text/plain', buffer: Buffer.from(a.text) })))
  const summary = page.getByRole('dialog', { name: 'Import finished' })
  await expect(summary).toContainText('3 documents were added to the library.')
  await summary.getByRole('button', { name: 'Close' }).click()
}

function quoteSummary(page: Page) {
  return page.getByRole('list', { name: 'Quotes' }).getByRole('listitem', { name: /bring the immigration bill/ }).getByRole('button').first()
}

test('three hosts of one newspaper are one outlet in the Quotes view, and a rename in the outlet list shows in the library', async ({ page, app }) => {
  await openLibrary(page, app)
  await importArticles(page)
  for (const { title } of ARTICLES) await expect(libraryRow(page, title).getByRole('gridcell').nth(1)).toHaveText('nytimes.com')

  await page.getByRole('tab', { name: 'Quotes' }).click()
  await expect(quoteSummary(page)).toContainText('1 outlet, 3 documents: nytimes.com')

  // Settings › Edit outlets…, by the keyboard.
  await page.getByRole('button', { name: 'Settings' }).click()
  const settings = page.getByRole('dialog', { name: 'Settings' })
  const editOutlets = settings.getByRole('button', { name: 'Edit outlets…' })
  await editOutlets.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Outlets' })
  const nyt = dialog.getByRole('listitem', { name: 'nytimes.com', exact: true })
  await expect(nyt).toContainText('3 documents')
  await expect(nyt.getByRole('list', { name: 'Aliases of nytimes.com' }).getByRole('listitem')).toHaveText([
    /mobile\.nytimes\.com\s*1 document/,
    /^nytimes\.com\s*1 document/,
    /thecaucus\.blogs\.nytimes\.com\s*1 document/
  ])

  // Escape leaves the name as it was and the dialog open.
  await nyt.getByRole('button', { name: 'Rename nytimes.com' }).click()
  const field = dialog.getByRole('textbox', { name: 'New name for nytimes.com' })
  await field.fill('Not this one')
  await field.press('Escape')
  await expect(dialog).toBeVisible()
  await expect(field).toHaveCount(0)
  await expect(nyt.getByRole('button', { name: 'Rename nytimes.com' })).toBeFocused()

  // A name another outlet has is refused, said plainly, and the field stays to be corrected.
  await page.keyboard.press('Enter')
  await field.fill('TJVNews.com')
  await field.press('Enter')
  await expect(dialog.getByRole('alert')).toHaveText('There is already an outlet named “tjvnews.com”; merge the two instead.')
  await expect(field).toBeVisible()

  await field.fill('The New York Times')
  await field.press('Enter')
  const renamed = dialog.getByRole('listitem', { name: 'The New York Times', exact: true })
  await expect(renamed.getByRole('button', { name: 'Rename The New York Times' })).toBeFocused()
  await expect(dialog.getByRole('alert')).toHaveCount(0)

  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(editOutlets).toBeFocused()
  await settings.getByRole('button', { name: 'Cancel' }).click()

  for (const { title } of ARTICLES) await expect(libraryRow(page, title).getByRole('gridcell').nth(1)).toHaveText('The New York Times')
  await expect(quoteSummary(page)).toContainText('1 outlet, 3 documents: The New York Times')

  // The name is the library's, not the page's: it is there after a reload.
  await page.reload()
  await expect(libraryRow(page, ARTICLES[0]!.title).getByRole('gridcell').nth(1)).toHaveText('The New York Times')
})

test('splitting a blog off its newspaper makes two outlets, and merging puts them back together', async ({ page, app }) => {
  await openLibrary(page, app)
  await importArticles(page)
  await page.getByRole('tab', { name: 'Quotes' }).click()
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Edit outlets…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Outlets' })

  await dialog.getByRole('button', { name: 'Split thecaucus.blogs.nytimes.com off nytimes.com' }).click()
  const blog = dialog.getByRole('listitem', { name: 'thecaucus.blogs.nytimes.com', exact: true })
  await expect(blog.getByRole('button', { name: 'Rename thecaucus.blogs.nytimes.com' })).toBeFocused()
  await expect(dialog.getByRole('listitem', { name: 'nytimes.com', exact: true })).toContainText('2 documents')
  await expect(quoteSummary(page)).toContainText('2 outlets, 3 documents')

  await blog.getByRole('combobox', { name: 'Merge thecaucus.blogs.nytimes.com into' }).selectOption({ label: 'nytimes.com' })
  await blog.getByRole('button', { name: 'Merge' }).click()
  await expect(blog).toHaveCount(0)
  await expect(dialog.getByRole('listitem', { name: 'nytimes.com', exact: true })).toContainText('3 documents')
  await expect(quoteSummary(page)).toContainText('1 outlet, 3 documents: nytimes.com')
})

test('an import in several batches lists the outlets once it is done, not after each batch', async ({ page, app }) => {
  await openLibrary(page, app)
  const files = Array.from({ length: 13 }, (_, i) => {
    const { name, text } = ARTICLES[i % ARTICLES.length]!
    return { name: `${i}-${name}`, mimeType: 'text/plain', buffer: Buffer.from(`${text}\nStory number ${i} of the day.\n`) }
  })
  const listings: string[] = []
  page.on('request', (request) => {
    if (request.url().endsWith('/api/listOutlets')) listings.push(request.url())
  })
  // Batches of 4, 8 and 1 files.
  await page.getByLabel('Choose files to import').setInputFiles(files)
  await expect(page.getByRole('dialog', { name: 'Import finished' })).toContainText('13 documents were added to the library.')
  // Each title four or five times over, told apart by a number: every one of those rows names the one outlet.
  const rows = page.getByRole('grid', { name: 'Documents' }).getByRole('row').filter({ hasText: /Immigration/ })
  await expect
    .poll(() => rows.evaluateAll((found) => found.map((row) => row.querySelectorAll('[role="gridcell"]')[1]?.textContent?.trim())))
    .toEqual(Array(13).fill('nytimes.com'))
  expect(listings).toHaveLength(1)
})
