import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { test, expect, openLibrary, openDocument, libraryRow, FIXTURES_DIR } from './fixtures'

/** Windows-1252 bytes for “Release them now” – he wrote, with curly quotes and an en dash (0x93, 0x94, 0x96). */
const CP1252 = [
  ...Buffer.from('Trump issues a final warning to Hamas\r\n\r\n'),
  0x93,
  ...Buffer.from('Release them now'),
  0x94,
  ...Buffer.from(' '),
  0x96,
  ...Buffer.from(' he wrote.\r\n')
]

const FILES = [
  { name: 'warning-1252.txt', bytes: CP1252 },
  { name: 'fresh.md', bytes: [...Buffer.from('Talks resume in Doha as mediators push a new plan\n\nMediators met on Sunday.')] },
  { name: 'image.txt', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d] }
]

test('dropping files imports the text ones and names each rejected file with its reason', async ({ page, app }) => {
  await openLibrary(page, app)
  const dataTransfer = await page.evaluateHandle((files) => {
    const transfer = new DataTransfer()
    for (const file of files) transfer.items.add(new File([new Uint8Array(file.bytes)], file.name))
    return transfer
  }, FILES)
  await page.dispatchEvent('body', 'dragenter', { dataTransfer })
  await expect(page.getByRole('status', { name: 'Drop to import' })).toBeVisible()
  await page.dispatchEvent('body', 'dragover', { dataTransfer })
  await page.dispatchEvent('body', 'drop', { dataTransfer })
  await expect(page.getByRole('status', { name: 'Drop to import' })).toHaveCount(0)

  const summary = page.getByRole('dialog', { name: 'Import finished' })
  await expect(summary).toContainText('2 documents were added to the library.')
  await expect(summary.getByRole('list', { name: 'Not imported' })).toHaveText('image.txt: This looks like a binary file, not text.')
  await summary.getByRole('button', { name: 'Close' }).click()

  await expect(page.getByRole('grid', { name: 'Documents' }).getByRole('row')).toHaveCount(8)
  await openDocument(page, 'Trump issues a final warning to Hamas')
  await expect(page.getByRole('document', { name: 'Document text' })).toContainText('“Release them now” – he wrote.')
})

test('the Import button opens a file input, and a file already in the library is named as a duplicate', async ({ page, app }) => {
  await openLibrary(page, app)
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import…' }).click()
  await (await chooser).setFiles(FILES.slice(1).map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.bytes) })))
  const summary = page.getByRole('dialog', { name: 'Import finished' })
  await expect(summary).toContainText('1 document was added to the library.')
  await summary.getByRole('button', { name: 'Close' }).click()
  await expect(libraryRow(page, 'Talks resume in Doha as mediators push a new plan')).toBeVisible()

  await page.getByLabel('Choose files to import').setInputFiles([{ name: 'again.md', mimeType: 'text/plain', buffer: Buffer.from(FILES[1]!.bytes) }])
  await expect(summary.getByRole('list', { name: 'Already in the library' })).toHaveText(
    'again.md is the same text as “Talks resume in Doha as mediators push a new plan”.'
  )
})

test('a chosen file removed from disk before it is sent is named as unreadable, and the others are imported', async ({ page, app }) => {
  await openLibrary(page, app)
  const folder = await mkdtemp(join(tmpdir(), 'parallax-chosen-'))
  const names = ['first.txt', 'removed.txt', 'third.txt']
  for (const name of names) await writeFile(join(folder, name), `A headline for ${name} in the chooser test\n\nIts body.`)
  // The import asks for the size limit before it reads any file: the file goes while that answer is on its way.
  await page.route('**/api/getSettings', async (route) => {
    await rm(join(folder, 'removed.txt'))
    await route.continue()
  })
  await page.getByLabel('Choose files to import').setInputFiles(names.map((name) => join(folder, name)))
  const summary = page.getByRole('dialog', { name: 'Import finished' })
  await expect(summary).toContainText('2 documents were added to the library.')
  await expect(summary.getByRole('list', { name: 'Not imported' })).toHaveText('removed.txt: This file could not be read.')
  await rm(folder, { recursive: true })
})

test('a document can be decoded again with another encoding', async ({ page, app }) => {
  await openLibrary(page, app)
  const koi8r = [...Buffer.from('Peace talks\n\n'), 0xf0, 0xc5, 0xd2, 0xc5, 0xc7, 0xcf, 0xd7, 0xcf, 0xd2, 0xd9]
  await page.getByLabel('Choose files to import').setInputFiles([{ name: 'ru.txt', mimeType: 'text/plain', buffer: Buffer.from(koi8r) }])
  await page.getByRole('dialog', { name: 'Import finished' }).getByRole('button', { name: 'Close' }).click()
  await openDocument(page, 'Peace talks')
  const text = page.getByRole('document', { name: 'Document text' })
  await page.getByLabel('Decode the original file as').selectOption({ label: 'Cyrillic (KOI8-R)' })
  await expect(text).toContainText('Переговоры')
  await page.getByLabel('Decode the original file as').selectOption({ label: 'Western (Windows-1252)' })
  await expect(text).not.toContainText('Переговоры')
  await expect(text).toContainText('ðÅÒÅÇÏ×ÏÒÙ')
})

test('a Shift JIS file is read as Japanese, and its details say which encoding was used and how', async ({ page, app }) => {
  await openLibrary(page, app)
  const japanese = '防災計画を発表\n\n東京都は月曜日、新しい防災計画を発表した。計画では、大地震に備えて避難所を増やし、各地区に水と食料を三日分備蓄する。知事は記者会見で「市民の安全を第一に考えた」と述べた。'
  await page.getByLabel('Choose files to import').setInputFiles([{ name: 'tokyo.txt', mimeType: 'text/plain', buffer: iconv.encode(japanese, 'shift_jis') }])
  await page.getByRole('dialog', { name: 'Import finished' }).getByRole('button', { name: 'Close' }).click()
  await openDocument(page, '防災計画を発表')
  await expect(page.getByRole('document', { name: 'Document text' })).toContainText('知事は記者会見で「市民の安全を第一に考えた」と述べた。')
  await expect(page.getByLabel('Text encoding: Japanese (Shift JIS), detected')).toBeVisible()
  const menu = page.getByLabel('Decode the original file as')
  await expect(menu.getByRole('option', { name: 'Japanese (Shift JIS) (now)' })).toHaveCount(1)
  await menu.selectOption({ label: 'Japanese (EUC-JP)' })
  await expect(page.getByLabel('Text encoding: Japanese (EUC-JP), as you chose')).toBeVisible()
  await expect(menu.getByRole('option', { name: 'Japanese (EUC-JP) (now)' })).toHaveCount(1)
})

test('the import size limit is a setting, and a file over it is named with the limit', async ({ page, app }) => {
  await openLibrary(page, app)
  await page.getByRole('button', { name: 'Settings' }).click()
  const settings = page.getByRole('dialog', { name: 'Settings' })
  await settings.getByLabel('Largest file to import (MB)').fill('1')
  await settings.getByRole('button', { name: 'Save' }).click()
  await expect(settings).toBeHidden()
  const big = Buffer.concat([Buffer.from('A very long article headline here\n\n'), Buffer.alloc(1.5 * 1024 * 1024, 'word ')])
  await page.getByLabel('Choose files to import').setInputFiles([{ name: 'long.txt', mimeType: 'text/plain', buffer: big }])
  await expect(page.getByRole('dialog', { name: 'Import finished' }).getByRole('list', { name: 'Not imported' })).toHaveText(
    'long.txt: This file is larger than the 1 MB limit (1.5 MB).'
  )
})

test('Ctrl+V outside a text field reads a copied page as a saved page is, as the UTF-8 it is whatever charset it names, and opens it; Ctrl+Shift+V takes its text alone', async ({ page, app, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin })
  await openLibrary(page, app)
  const html =
    '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta charset="windows-1252"><title>Zürich talks end without a deal</title><nav>Home · World · Sport</nav>' +
    '<article><h1>Zürich talks end without a deal</h1><p>Delegates left Zürich on Friday after three days of talks – “no deal yet”, one said.</p><h2>What comes next</h2><p>A fourth round is planned for the spring.</p></article>'
  const text = 'Zürich talks end without a deal\nDelegates left Zürich on Friday after three days of talks.'
  await page.evaluate(
    ([html, text]) => navigator.clipboard.write([new ClipboardItem({ 'text/html': new Blob([html!], { type: 'text/html' }), 'text/plain': new Blob([text!], { type: 'text/plain' }) })]),
    [html, text]
  )
  const grid = page.getByRole('grid', { name: 'Documents' })
  const summary = page.getByRole('dialog', { name: 'Import finished' })
  await grid.focus()
  await page.keyboard.press('Control+V')
  await expect(summary).toContainText('1 document was added to the library.')
  await summary.getByRole('button', { name: 'Close' }).click()
  const heading = page.getByRole('article').getByRole('heading', { level: 1 })
  await expect(heading).toHaveText('Zürich talks end without a deal')
  const reader = page.getByRole('document', { name: 'Document text' })
  // The headline is the title, and Readability leaves it out of the text, as for a saved page; the menu is gone.
  await expect(reader.locator('p')).toHaveText([
    'Delegates left Zürich on Friday after three days of talks – “no deal yet”, one said.',
    'What comes next',
    'A fourth round is planned for the spring.'
  ])
  // The page's <meta charset> is not what it was sent in; no byte-order mark was sent either.
  await expect(page.getByLabel('Text encoding: Unicode (UTF-8), valid UTF-8')).toBeVisible()
  await expect(page.getByRole('article')).not.toContainText('byte-order mark')

  await grid.focus()
  await page.keyboard.press('Control+Shift+V')
  await expect(summary).toContainText('1 document was added to the library.')
  await summary.getByRole('button', { name: 'Close' }).click()
  await expect(heading).toHaveText('Zürich talks end without a deal (2)')
  await expect(reader).toHaveText(text)
})

test('a pasted article section shows its paragraphs, its share bar and “Related:” link folded as boilerplate', async ({ page, app, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin })
  await openLibrary(page, app)
  const html = await readFile(join(FIXTURES_DIR, 'copied-article-section.html'), 'utf8')
  // Copied as a page hands its markup over, whole: the clipboard API would parse it here first, and report each of its
  // inline styles as against the app's Content-Security-Policy.
  await page.evaluate((html) => {
    const copy = (event: ClipboardEvent) => {
      event.clipboardData!.setData('text/html', html)
      event.preventDefault()
    }
    document.addEventListener('copy', copy, { once: true })
  }, html)
  await page.getByRole('grid', { name: 'Documents' }).focus()
  await page.keyboard.press('Control+C')
  await page.keyboard.press('Control+V')
  await page.getByRole('dialog', { name: 'Import finished' }).getByRole('button', { name: 'Close' }).click()
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText('Zürich talks end without a deal')
  const reader = page.getByRole('document', { name: 'Document text' })
  await expect(reader.locator('p:not(.folded)')).toHaveText([
    'Delegates left Zürich on Friday after three days of talks that ended without an agreement on the border crossings.',
    'The mediators said both sides had moved closer on the timetable but remained apart on who would staff the checkpoints.',
    'A fourth round is planned for the spring, officials from both sides said, though no date has been set yet.'
  ])
  await expect(reader.locator('p.folded')).toHaveText(['Share on Facebook', 'Share on Twitter', 'Email', 'Related: Border talks open in Zürich with hopes for a deal'])
  await page.getByRole('article').screenshot({ path: test.info().outputPath('pasted-light.png') })
  await page.getByRole('radio', { name: 'Dark' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.getByRole('article').screenshot({ path: test.info().outputPath('pasted-dark.png') })
})

test('Ctrl+Shift+V outside a text field adds the clipboard’s text as a document and opens it; in a note it pastes into the note', async ({ page, app, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin })
  await openLibrary(page, app)
  const pasted = 'Mediators return to Doha for a third round\n\nThe envoys arrived on Monday, a day before the talks were due to resume.'
  await page.evaluate((text) => navigator.clipboard.writeText(text), pasted)
  await page.getByRole('grid', { name: 'Documents' }).focus()
  await page.keyboard.press('Control+Shift+V')
  const summary = page.getByRole('dialog', { name: 'Import finished' })
  await expect(summary).toContainText('1 document was added to the library.')
  await summary.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText('Mediators return to Doha for a third round')
  await expect(page.getByRole('document', { name: 'Document text' })).toContainText('The envoys arrived on Monday')
  await expect(libraryRow(page, 'Mediators return to Doha for a third round')).toHaveAttribute('aria-selected', 'true')

  const note = page.getByRole('textbox', { name: 'Document note' })
  await note.click()
  await page.keyboard.press('Control+Shift+V')
  await expect(note).toHaveValue(pasted)
  await expect(page.getByRole('grid', { name: 'Documents' }).getByRole('row')).toHaveCount(7)
})
