import { getResolvedPDFJS } from 'unpdf'
import type { OPS, PDFDocumentProxy, PDFPageProxy, Util } from 'unpdf/pdfjs'
import { cleanText, isoDay, type Extraction } from './found-meta'
import { FileRefused } from './file-refused'
import { withoutRunningLines, type PageRuns } from './pdf-lines'
import { paragraphs } from './pdf-paragraphs'
import { readingOrder } from './pdf-reading-order'

type TextItem = Extract<Awaited<ReturnType<PDFPageProxy['getTextContent']>>['items'][number], { str: string }>

/** Titles that name the file or the program that made it, not the document: the text's first lines say better. */
const NOT_A_TITLE = /^(?:untitled\b.*|microsoft (?:word|powerpoint) - .*|.*\.(?:docx?|pdf|tex|indd|rtf|odt))$/i

/**
 * A PDF's text in reading order (columns one after the other), its paragraphs rebuilt and its hyphenated words made
 * whole, without running headers, footers or page numbers; its title, author and date from its document information.
 * A PDF with no text (a scan), with text in fonts that cannot be read, or with a password is refused, with a sentence
 * that says so.
 */
export async function readPdfDocument(bytes: Uint8Array): Promise<Extraction> {
  // unpdf's build of pdf.js, made for servers: no worker file, no canvas, nothing fetched.
  const pdfjs = await getResolvedPDFJS()
  // pdf.js may take over the buffer it is given; the bytes are kept as the document's source, so it gets a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS
  })
  try {
    const pdf = await task.promise.catch(refusePassword)
    const pages: PageRuns[] = []
    for (let number = 1; number <= pdf.numPages; number++) pages.push(await pageRuns(await pdf.getPage(number), pdfjs.Util))
    const text = paragraphs(withoutRunningLines(pages).flatMap(readingOrder)).join('\n\n')
    if (text === '') throw await nothingToRead(pdf, pages, pdfjs.OPS)
    const info = ((await pdf.getMetadata()).info ?? {}) as Record<string, unknown>
    const title = cleanText(stringOf(info.Title))
    return {
      text,
      found: {
        title: title && !NOT_A_TITLE.test(title) ? title : null,
        author: cleanText(stringOf(info.Author)),
        outlet: null,
        date: pdfDay(stringOf(info.CreationDate)),
        url: null
      }
    }
  } finally {
    await task.destroy()
  }
}

/**
 * A page's runs as the page shows them: turned as the page is (a landscape page is often a portrait one turned), with
 * y measured up from its foot.
 */
async function pageRuns(page: PDFPageProxy, util: Pick<typeof Util, 'transform'>): Promise<PageRuns> {
  const viewport = page.getViewport({ scale: 1 })
  const content = await page.getTextContent()
  const runs = content.items
    .filter((item): item is TextItem => 'str' in item)
    .map((item) => ({ item, shown: util.transform(viewport.transform, item.transform as number[]) as number[] }))
    // Text set at an angle (a stamp up a page's margin, a chart's axis label) is furniture, not the page's lines.
    .filter(({ shown: [a, b] }) => Math.abs(b!) <= 0.1 * Math.abs(a!))
    .map(({ item, shown: [, , c, d, x, y] }) => ({ text: item.str, x: x!, y: viewport.height - y!, width: item.width, size: Math.hypot(c!, d!) || item.height }))
  page.cleanup()
  return { runs, height: viewport.height }
}

/** The operators that draw text, as pdf.js numbers them. */
type TextOperators = Pick<typeof OPS, 'showText' | 'showSpacedText' | 'nextLineShowText' | 'nextLineSetSpacingShowText'>

/**
 * Why a PDF gave no text: it draws none (pages of pictures: a scan, maybe with page numbers added), or it draws text
 * in fonts that do not say which characters they are, such as a Chinese, Japanese or Korean font it does not embed,
 * named by a character map this build of pdf.js does not carry.
 */
async function nothingToRead(pdf: PDFDocumentProxy, pages: readonly PageRuns[], ops: TextOperators): Promise<FileRefused> {
  const drawing = new Set([ops.showText, ops.showSpacedText, ops.nextLineShowText, ops.nextLineSetSpacingShowText])
  if (pages.every((page) => page.runs.length === 0)) {
    for (let number = 1; number <= pdf.numPages; number++) {
      const { fnArray } = await (await pdf.getPage(number)).getOperatorList()
      if (fnArray.some((fn) => drawing.has(fn))) {
        return new FileRefused('unreadable', 'This PDF’s text is in fonts that do not say which characters they draw, so it cannot be read.')
      }
    }
  }
  return new FileRefused('scanned', 'This PDF has no text layer (it looks scanned), so there is nothing to import.')
}

/** A PDF that needs a password to open is refused as such; any other failure is the file's own. */
function refusePassword(error: unknown): never {
  if (error instanceof Error && error.name === 'PasswordException') {
    throw new FileRefused('unreadable', 'This PDF is protected by a password, so its text cannot be read.')
  }
  throw error
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

/** The day of a PDF date (`D:20240105093000+01'00'`) as written, in its own time zone, as an ISO date; null when it names no day. */
export function pdfDay(value: string | null): string | null {
  const parts = /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(value?.trim() ?? '')
  return parts ? isoDay(`${parts[1]}-${parts[2]}-${parts[3]}`) : null
}
