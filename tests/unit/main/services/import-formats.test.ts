import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openServices } from '../../../helpers/test-services'
import { SEEDS_DIR, tempDir } from '../../../helpers/temp-dir'
import { TRUNCATED_ARCHIVE } from '../../../../src/main/import/web-archive'
import { ARCHIVE_ADDRESS, PAGE_ARTICLE, PAGE_FURNITURE, savedPage, webArchive, WORD_AUTHOR, WORD_PARAGRAPHS, WORD_TITLE, wordDocument } from '../../../helpers/document-fixtures'
import { PDF_AUTHOR, PDF_DATE, PDF_TEXT, PDF_TITLE, passwordPdf, scannedPdf, twoColumnPdf } from '../../../helpers/pdf-fixtures'

function boot(dataDir: string) {
  return openServices({ dataDir, seedsDir: SEEDS_DIR, version: 'test', transport: 'electron' })
}

/** The saved page's text: its dateline and article, paragraphs and heading as blocks. */
const PAGE_TEXT = ['5 March 2024', ...PAGE_ARTICLE].join('\n\n')

describe('importing a saved web page', () => {
  it('keeps the article in the encoding the page declares, with the page’s own metadata, and none of its furniture', async () => {
    const dataDir = await tempDir()
    const { imports, library } = await boot(dataDir)
    const page = savedPage()
    const [doc] = (await imports.importFiles([{ name: 'doha.html', size: page.length, bytes: page }])).added
    expect(doc).toMatchObject({
      title: 'Ceasefire talks resume in Doha',
      author: 'Ana Pérez and Sam Lee',
      outlet: 'The Daily Example',
      date: '2024-03-05',
      url: 'https://daily.example/world/ceasefire-talks',
      sourceName: 'doha.html',
      encoding: { name: 'windows-1252', method: 'declared' }
    })
    const { text } = await library.open(doc!.id)
    expect(text).toBe(PAGE_TEXT)
    for (const furniture of PAGE_FURNITURE) expect(text).not.toContain(furniture)
    // The page itself is kept, byte for byte, in the data folder.
    expect(Buffer.compare(await readFile(join(dataDir, 'sources', doc!.sourceHash)), page)).toBe(0)
    expect(Buffer.compare(Buffer.from(await library.sourceBytes(doc!.id)), page)).toBe(0)
  })

  it('extracts the article again when the page is decoded again, and its highlights re-anchor or orphan as a text’s do', async () => {
    const { imports, library, annotations } = await boot(await tempDir())
    const page = savedPage()
    const [doc] = (await imports.importFiles([{ name: 'doha.htm', size: page.length, bytes: page }])).added
    const text = (await library.open(doc!.id)).text
    const sure = text.indexOf('six-week truce')
    const cafe = text.indexOf('the café were')
    await annotations.create({ documentId: doc!.id, start: sure, end: sure + 'six-week truce'.length, categoryId: 'claim' })
    await annotations.create({ documentId: doc!.id, start: cafe, end: cafe + 'the café were'.length, categoryId: 'claim' })

    const wrongly = await imports.redecode(doc!.id, 'utf-8')
    expect(wrongly.encoding).toEqual({ name: 'utf-8', method: 'chosen' })
    const garbled = (await library.open(doc!.id)).text
    // Read as UTF-8, the Windows-1252 bytes of "café" and the quotes are replacement characters; the article is still extracted.
    expect(garbled).toContain('the caf\uFFFD were')
    expect(garbled).not.toContain('Privacy policy')
    const [truce, café] = (await annotations.forDocument(doc!.id)).highlights
    expect(truce!.orphan).toBeNull()
    expect(garbled.slice(truce!.position.start, truce!.position.end)).toBe('six-week truce')
    // One letter changed: found again, fuzzily, as the Decode as menu finds a text's highlights.
    expect(garbled.slice(café!.position.start, café!.position.end)).toBe('the caf\uFFFD were')

    // Read as UTF-16, the page is no HTML at all: nothing of the article is left to find, and both highlights orphan.
    await imports.redecode(doc!.id, 'utf-16le')
    expect((await library.open(doc!.id)).text).not.toContain('truce')
    expect((await annotations.forDocument(doc!.id)).highlights.map((h) => h.orphan !== null)).toEqual([true, true])

    await imports.redecode(doc!.id, 'windows-1252')
    expect((await library.open(doc!.id)).text).toBe(PAGE_TEXT)
  })
})

describe('importing a web archive (.mhtml)', () => {
  it('reads the page inside as a saved page is, its address from the archive where the page names none', async () => {
    const dataDir = await tempDir()
    const { imports, library, annotations } = await boot(dataDir)
    const archive = webArchive()
    const [doc] = (await imports.importFiles([{ name: 'doha.mhtml', size: archive.length, bytes: archive }])).added
    expect(doc).toMatchObject({
      title: 'Ceasefire talks resume in Doha',
      author: 'Ana Pérez and Sam Lee',
      outlet: 'The Daily Example',
      date: '2024-03-05',
      url: ARCHIVE_ADDRESS,
      encoding: null
    })
    const { text } = await library.open(doc!.id)
    expect(text).toBe(PAGE_TEXT)
    for (const furniture of PAGE_FURNITURE) expect(text).not.toContain(furniture)
    expect(Buffer.compare(await readFile(join(dataDir, 'sources', doc!.sourceHash)), archive)).toBe(0)

    const at = text.indexOf('six-week truce')
    await annotations.create({ documentId: doc!.id, start: at, end: at + 'six-week truce'.length, categoryId: 'claim' })
    await expect(imports.redecode(doc!.id, 'utf-8')).rejects.toThrow(/no encoding/)
    await imports.redecode(doc!.id)
    expect((await library.open(doc!.id)).text).toBe(PAGE_TEXT)
    expect((await annotations.forDocument(doc!.id)).highlights.map((h) => [h.orphan, h.position.start])).toEqual([[null, at]])
  })

  it('names an archive cut short in the middle of its parts as damaged, not as empty', async () => {
    const { imports } = await boot(await tempDir())
    const whole = webArchive()
    const cut = whole.subarray(0, Math.floor(whole.length / 2))
    const report = await imports.importFiles([{ name: 'doha.mhtml', size: cut.length, bytes: cut }])
    expect(report.rejected).toEqual([{ name: 'doha.mhtml', reason: 'unreadable', message: TRUNCATED_ARCHIVE }])
  })

  it('names an archive that holds no page', async () => {
    const { imports } = await boot(await tempDir())
    const mail = Buffer.from('From: a@example.org\r\nSubject: Lunch\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n')
    const report = await imports.importFiles([{ name: 'lunch.mht', size: mail.length, bytes: mail }])
    expect(report.rejected).toEqual([
      { name: 'lunch.mht', reason: 'unreadable', message: 'This saved page could not be read; it may be damaged or not a web archive (.mhtml).' }
    ])
  })
})

describe('importing a Word file', () => {
  it('keeps its paragraphs and heading as blocks, and its title and author from its properties', async () => {
    const dataDir = await tempDir()
    const { imports, library } = await boot(dataDir)
    const docx = wordDocument()
    const [doc] = (await imports.importFiles([{ name: 'notes.docx', size: docx.length, bytes: docx }])).added
    expect(doc).toMatchObject({ title: WORD_TITLE, author: WORD_AUTHOR, outlet: null, sourceName: 'notes.docx', encoding: null })
    expect((await library.open(doc!.id)).text).toBe(WORD_PARAGRAPHS.join('\n\n'))
    expect(Buffer.compare(await readFile(join(dataDir, 'sources', doc!.sourceHash)), docx)).toBe(0)
    await expect(imports.redecode(doc!.id, 'utf-8')).rejects.toThrow(/no encoding/)
    // Extracted again, by a newer Parallax or at the user's word, its text is read from the file as at import.
    expect((await imports.redecode(doc!.id)).encoding).toBeNull()
    expect((await library.open(doc!.id)).text).toBe(WORD_PARAGRAPHS.join('\n\n'))
  })

  it('names a damaged Word file rather than importing it', async () => {
    const { imports } = await boot(await tempDir())
    const broken = wordDocument().subarray(0, 200)
    const report = await imports.importFiles([{ name: 'broken.docx', size: broken.length, bytes: broken }])
    expect(report.added).toEqual([])
    expect(report.rejected).toEqual([{ name: 'broken.docx', reason: 'unreadable', message: 'This Word file could not be read; it may be damaged or not a .docx.' }])
  })
})

describe('importing a PDF', () => {
  it('keeps its text in reading order without running heads, its title, author and date from its information, and the file as it was', async () => {
    const dataDir = await tempDir()
    const { imports, library, annotations } = await boot(dataDir)
    const { bytes } = await twoColumnPdf()
    const [doc] = (await imports.importFiles([{ name: 'doha.pdf', size: bytes.length, bytes }])).added
    expect(doc).toMatchObject({ title: PDF_TITLE, author: PDF_AUTHOR, outlet: null, date: PDF_DATE, sourceName: 'doha.pdf', encoding: null })
    const { text } = await library.open(doc!.id)
    expect(text).toBe(PDF_TEXT)
    expect(Buffer.compare(await readFile(join(dataDir, 'sources', doc!.sourceHash)), bytes)).toBe(0)
    // A highlight anchors in the extracted text as in a text's; a PDF's text has no encoding to choose again.
    const start = text.indexOf('humanitarian deliveries')
    const highlight = await annotations.create({ documentId: doc!.id, start, end: start + 'humanitarian deliveries'.length, categoryId: 'claim' })
    expect(highlight.quote.exact).toBe('humanitarian deliveries')
    await expect(imports.redecode(doc!.id, 'utf-8')).rejects.toThrow('This file’s text has no encoding to choose.')
    // Extracted again from the kept file, the text is the same and the highlight stays where it was.
    await imports.redecode(doc!.id)
    expect((await library.open(doc!.id)).text).toBe(PDF_TEXT)
    expect((await annotations.forDocument(doc!.id)).highlights.map((h) => [h.orphan, h.position.start])).toEqual([[null, start]])
  })

  it('names a scanned PDF, a PDF locked with a password and a damaged one rather than importing them', async () => {
    const { imports } = await boot(await tempDir())
    const broken = (await twoColumnPdf()).bytes.subarray(0, 300)
    const files = [
      { name: 'scan.pdf', bytes: await scannedPdf() },
      { name: 'locked.PDF', bytes: await passwordPdf() },
      { name: 'broken.pdf', bytes: broken }
    ]
    const report = await imports.importFiles(files.map((file) => ({ ...file, size: file.bytes.length })))
    expect(report.added).toEqual([])
    expect(report.rejected).toEqual([
      { name: 'scan.pdf', reason: 'scanned', message: 'This PDF has no text layer (it looks scanned), so there is nothing to import.' },
      { name: 'locked.PDF', reason: 'unreadable', message: 'This PDF is protected by a password, so its text cannot be read.' },
      { name: 'broken.pdf', reason: 'unreadable', message: 'This PDF could not be read; it may be damaged or not a PDF.' }
    ])
  })
})

describe('importing pages and Word files from disk', () => {
  it('takes them from a folder, as the desktop app’s drop and Import Folder give them', async () => {
    const dir = await tempDir()
    const { imports } = await boot(join(dir, 'data'))
    await mkdir(join(dir, 'in'))
    await writeFile(join(dir, 'in', 'doha.HTM'), savedPage())
    await writeFile(join(dir, 'in', 'notes.docx'), wordDocument())
    await writeFile(join(dir, 'in', 'review.pdf'), (await twoColumnPdf()).bytes)
    const report = await imports.importPaths([join(dir, 'in')])
    expect(report.rejected).toEqual([])
    expect(report.added.map((d) => [d.sourceName, d.title]).sort()).toEqual([
      ['doha.HTM', 'Ceasefire talks resume in Doha'],
      ['notes.docx', WORD_TITLE],
      ['review.pdf', PDF_TITLE]
    ])
  })
})
