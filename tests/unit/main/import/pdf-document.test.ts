import { describe, expect, it } from 'vitest'
import { pdfDay, readPdfDocument } from '../../../../src/main/import/pdf-document'
import { unembeddedCjkPdf, onePagePdf, PDF_AUTHOR, PDF_DATE, PDF_HEADER, PDF_STAMP, PDF_TEXT, PDF_TITLE, passwordPdf, scannedPdf, twoColumnPdf } from '../../../helpers/pdf-fixtures'
import { journalPagePdf, JOURNAL_TEXT, justifiedColumnPdf, LOOSE_PARAGRAPHS } from '../../../helpers/journal-pdf'

describe('readPdfDocument', () => {
  it('reads a two-column PDF a column at a time, its paragraphs whole across columns and pages, without its running header, page numbers and margin stamp', async () => {
    const { bytes, hyphenated } = await twoColumnPdf()
    const { text } = await readPdfDocument(bytes)
    expect(text).toBe(PDF_TEXT)
    // The script hyphenated words at line ends (one across the page break): each is whole in the text.
    expect(hyphenated).toContain('medicine.')
    for (const word of hyphenated) expect(text).toContain(word)
    expect(text).not.toContain(PDF_HEADER)
    expect(text).not.toMatch(/Page \d of 2/)
    expect(text).not.toContain('arXiv')
    expect(PDF_STAMP).toContain('arXiv')
  })

  it('reads a journal page whose columns are a narrow gutter apart (12 or 15 pt, justified or ragged) a column at a time: its title, the left column, the right, no page number', async () => {
    const layouts = [
      { gutter: 12, size: 10, justified: true },
      { gutter: 15, size: 10, justified: true },
      { gutter: 15, size: 11, justified: false }
    ]
    for (const layout of layouts) {
      const { text } = await readPdfDocument(await journalPagePdf(layout))
      expect(text, JSON.stringify(layout)).toBe(JOURNAL_TEXT)
    }
  })

  it('reads a justified single column whose word spaces are loose, up to more than a font size, a whole line at a time', async () => {
    const { text } = await readPdfDocument(await justifiedColumnPdf(LOOSE_PARAGRAPHS))
    expect(text).toBe(LOOSE_PARAGRAPHS.join('\n\n'))
  })

  it('takes the title, author and date from the document information', async () => {
    const { found } = await readPdfDocument((await twoColumnPdf()).bytes)
    expect(found).toEqual({ title: PDF_TITLE, author: PDF_AUTHOR, outlet: null, date: PDF_DATE, url: null })
  })

  it('names no title where the document information names the file or the program instead, so the text’s first line is taken', async () => {
    for (const title of ['Microsoft Word - draft3.docx', 'untitled', 'report-final.pdf']) {
      const { text, found } = await readPdfDocument(await onePagePdf(title, ['Budget talks stall', 'Ministers failed to agree on Monday.']))
      expect(found.title, title).toBeNull()
      expect(text).toBe('Budget talks stall\n\nMinisters failed to agree on Monday.')
    }
  })

  it('reads a landscape page made by turning a portrait one, its lines upright as shown', async () => {
    const { text } = await readPdfDocument(await onePagePdf('Budget', ['Budget talks stall', 'Ministers failed to agree on Monday.'], true))
    expect(text).toBe('Budget talks stall\n\nMinisters failed to agree on Monday.')
  })

  it('leaves the bytes it was given as they were, for the library to keep as the source', async () => {
    const { bytes } = await twoColumnPdf()
    const copy = bytes.slice()
    await readPdfDocument(bytes)
    expect(Buffer.compare(bytes, copy)).toBe(0)
  })

  it('refuses a scan with no text layer and a PDF locked with a password, each with a sentence that says so', async () => {
    await expect(readPdfDocument(await scannedPdf())).rejects.toMatchObject({
      reason: 'scanned',
      message: 'This PDF has no text layer (it looks scanned), so there is nothing to import.'
    })
    await expect(readPdfDocument(await passwordPdf())).rejects.toMatchObject({
      reason: 'unreadable',
      message: 'This PDF is protected by a password, so its text cannot be read.'
    })
  })

  it('does not call scanned a PDF whose text is in a font it does not say the characters of, but unreadable', async () => {
    await expect(readPdfDocument(await unembeddedCjkPdf())).rejects.toMatchObject({
      reason: 'unreadable',
      message: 'This PDF’s text is in fonts that do not say which characters they draw, so it cannot be read.'
    })
  })
})

describe('pdfDay', () => {
  it('reads the day of a PDF date as written, in its own time zone', () => {
    expect(pdfDay("D:20240105233000-05'00'")).toBe('2024-01-05')
    expect(pdfDay('D:20240105')).toBe('2024-01-05')
    expect(pdfDay('20240305080000Z')).toBe('2024-03-05')
  })

  it('is null for a date that names no day', () => {
    expect(pdfDay('D:2024')).toBeNull()
    expect(pdfDay('D:20241340')).toBeNull()
    expect(pdfDay('yesterday')).toBeNull()
    expect(pdfDay(null)).toBeNull()
  })
})
