import { degrees, PDFDocument, PDFName, PDFNumber, PDFHexString, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib'

export const PDF_TITLE = 'Ceasefire talks resume as bread prices climb in the capital'
export const PDF_AUTHOR = 'Ana Pérez'
export const PDF_DATE = '2024-03-05'
/** The running header on every page, and the footer's page numbers: none of it belongs in the text. */
export const PDF_HEADER = 'The Example Review · Spring 2024'
export const PDF_HEADING = 'What is on the table'
/** Set up the first page's left margin, as arXiv stamps a preprint. */
export const PDF_STAMP = 'arXiv:2403.01234v1 [econ.GN] 5 Mar 2024'

/** The article's paragraphs as the text should hold them, the heading among them. */
export const PDF_PARAGRAPHS = [
  'Negotiators returned to Doha on Tuesday for a new round of talks, officials said, as pressure mounted on both sides to agree a pause in the fighting before the holiday begins at the end of the month.',
  'The delegations met separately with the mediators throughout the afternoon, and a second meeting is expected on Wednesday morning, according to two people briefed on the arrangements who asked not to be named.',
  'In the markets of the capital, meanwhile, the price of a loaf of bread has nearly tripled since January. “We are buying half of what we bought last year,” said one shopkeeper outside a café near the old station.',
  PDF_HEADING,
  'The proposal would see a six-week truce, the release of hostages in stages and a large increase in humanitarian deliveries, with international monitors stationed at the crossings to count every lorry that enters.',
  'Officials cautioned that earlier rounds had collapsed over the sequencing of the releases, and that neither side had yet accepted the text as a basis for negotiation, though both had sent senior representatives.',
  'Aid agencies said that even a short pause would allow them to reach districts that have been cut off for weeks, where families are sheltering in schools and the remaining clinics are running out of fuel and medicine.',
  'A spokesperson for the mediators described the atmosphere as constructive but said that the coming days would be decisive, and that the parties understood what was at stake for the people waiting on the outcome.',
  'The talks are expected to continue through the weekend, with a further statement promised once the delegations have reported back to their governments and consulted the families of those still held.'
]

/** The text the PDF should become: its title (the first line of page one), then the article. */
export const PDF_TEXT = [PDF_TITLE, ...PDF_PARAGRAPHS].join('\n\n')

const PAGE = { width: 420, height: 400 }
const MARGIN = 36
const GUTTER = 24
const COLUMN = (PAGE.width - 2 * MARGIN - GUTTER) / 2
const SIZE = 10
const LEADING = 12
const PARAGRAPH_GAP = 6
const BOTTOM = 76

interface Drawn {
  bytes: Uint8Array
  /** The words split across two lines with a hyphen, as drawn. */
  hyphenated: string[]
}

/**
 * A two-column article as a word processor prints it: a title across both columns on the first page, paragraphs
 * that run from one column's foot to the next column's top and onto the next page, long words hyphenated at line
 * ends, a running header and a "Page N of M" footer on every page, a stamp up the first page's margin, and Title,
 * Author and CreationDate in its document information.
 */
export async function twoColumnPdf(): Promise<Drawn> {
  const doc = await PDFDocument.create()
  doc.setTitle(PDF_TITLE)
  doc.setAuthor(PDF_AUTHOR)
  doc.setCreationDate(new Date(`${PDF_DATE}T08:00:00Z`))
  const regular = await doc.embedFont(StandardFonts.Helvetica)
  const bold = await doc.embedFont(StandardFonts.HelveticaBold)
  const hyphenated: string[] = []
  const pages: PDFPage[] = []
  const newPage = () => {
    const page = doc.addPage([PAGE.width, PAGE.height])
    page.drawText(PDF_HEADER, { x: MARGIN, y: PAGE.height - 24, size: 8, font: regular })
    pages.push(page)
    return page
  }
  let page = newPage()
  page.drawText(PDF_STAMP, { x: 24, y: 80, size: 9, font: regular, rotate: degrees(90), color: rgb(0.5, 0.5, 0.5) })
  wrap(PDF_TITLE, bold, 16, PAGE.width - 2 * MARGIN).forEach((line, index) => {
    page.drawText(line, { x: MARGIN, y: PAGE.height - 60 - 20 * index, size: 16, font: bold })
  })
  let column = 0
  // Under the title on the first page, under the header on the others.
  let top = PAGE.height - 110
  let y = top
  const nextLine = (gap: number) => {
    y -= gap
    if (y >= BOTTOM) return
    column += 1
    if (column === 2) {
      page = newPage()
      column = 0
      top = PAGE.height - 56
    }
    y = top
  }
  for (const paragraph of PDF_PARAGRAPHS) {
    const font = paragraph === PDF_HEADING ? bold : regular
    const lines = wrap(paragraph, font, SIZE, COLUMN, hyphenated)
    lines.forEach((line, index) => {
      if (index > 0) nextLine(LEADING)
      page.drawText(line, { x: MARGIN + column * (COLUMN + GUTTER), y, size: SIZE, font })
    })
    nextLine(LEADING + PARAGRAPH_GAP)
  }
  pages.forEach((drawn, index) => {
    const footer = `Page ${index + 1} of ${pages.length}`
    drawn.drawText(footer, { x: (PAGE.width - regular.widthOfTextAtSize(footer, 8)) / 2, y: 20, size: 8, font: regular })
  })
  return { bytes: await doc.save(), hyphenated }
}

/**
 * A paragraph's lines `width` wide; given `hyphenated`, a long word that does not fit is hyphenated to fill the line,
 * as a typesetter would, and recorded there.
 */
function wrap(paragraph: string, font: PDFFont, size: number, width: number, hyphenated?: string[]): string[] {
  const fits = (text: string) => font.widthOfTextAtSize(text, size) <= width
  const lines: string[] = []
  let line = ''
  for (const word of paragraph.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`
    if (fits(candidate)) {
      line = candidate
      continue
    }
    const letters = /^\p{L}+/u.exec(word)?.[0] ?? ''
    let split = letters.length - 3
    while (split >= 3 && !fits(`${line} ${word.slice(0, split)}-`)) split--
    if (hyphenated && letters.length >= 8 && split >= 3) {
      lines.push(`${line} ${word.slice(0, split)}-`)
      hyphenated.push(word)
      line = word.slice(split)
    } else {
      lines.push(line)
      line = word
    }
  }
  lines.push(line)
  return lines
}

/**
 * A scan as a copier makes it: pages that are pictures (here a grey page-sized block), whose only text is the page
 * numbers a program stamped at their feet.
 */
export async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.setTitle('Scanned letter')
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (let i = 1; i <= 2; i++) {
    const page = doc.addPage([PAGE.width, PAGE.height])
    page.drawRectangle({ x: 20, y: 30, width: 380, height: 350, color: rgb(0.8, 0.8, 0.8) })
    page.drawText(`${i}`, { x: 206, y: 12, size: 8, font })
  }
  return doc.save()
}

/**
 * A PDF locked with a password: the standard security handler's dictionary in its trailer, with a user password
 * that is not the empty one, so no reader opens it without asking.
 */
export async function passwordPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  doc.addPage([PAGE.width, PAGE.height]).drawText('Secret minutes of the meeting.', { x: MARGIN, y: 300, size: SIZE, font })
  const hex = (seed: number) => PDFHexString.of(Array.from({ length: 32 }, (_, i) => ((seed * 31 + i * 17) % 256).toString(16).padStart(2, '0')).join(''))
  const encrypt = doc.context.obj({ Filter: PDFName.of('Standard'), V: PDFNumber.of(1), R: PDFNumber.of(2), Length: PDFNumber.of(40), O: hex(3), U: hex(7), P: PDFNumber.of(-4) })
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt)
  doc.context.trailerInfo.ID = doc.context.obj([hex(11), hex(11)])
  return doc.save({ useObjectStreams: false })
}

/**
 * A page of lines one under the other, with `title` as the document information's Title and no author. `turned`, it is
 * a landscape page as many tools make one: a portrait page turned a quarter clockwise (its /Rotate), its lines drawn
 * a quarter the other way so that they read upright.
 */
export async function onePagePdf(title: string, lines: string[], turned = false): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.setTitle(title)
  const font = await doc.embedFont(StandardFonts.Helvetica)
  const page = doc.addPage([PAGE.width, PAGE.height])
  if (turned) page.setRotation(degrees(90))
  lines.forEach((line, index) =>
    page.drawText(line, turned ? { x: 60 + 24 * index, y: MARGIN, size: SIZE, font, rotate: degrees(90) } : { x: MARGIN, y: 340 - 24 * index, size: SIZE, font })
  )
  return doc.save()
}

/**
 * Japanese text in a font the PDF does not embed, named only by Adobe's character map UniJIS-UCS2-H, as older
 * Japanese PDFs are made: a reader needs that map to know which characters the text is.
 */
export async function unembeddedCjkPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const page = doc.addPage([PAGE.width, PAGE.height])
  const { context } = doc
  const descriptor = context.obj({ Type: 'FontDescriptor', FontName: 'KozMinPr6N-Regular', Flags: 4, FontBBox: [0, -120, 1000, 880], ItalicAngle: 0, Ascent: 880, Descent: -120, CapHeight: 700, StemV: 80 })
  const system = { Registry: PDFHexString.fromText('Adobe'), Ordering: PDFHexString.fromText('Japan1'), Supplement: 6 }
  const cidFont = context.obj({ Type: 'Font', Subtype: 'CIDFontType0', BaseFont: 'KozMinPr6N-Regular', CIDSystemInfo: system, FontDescriptor: descriptor })
  const font = context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: 'KozMinPr6N-Regular', Encoding: 'UniJIS-UCS2-H', DescendantFonts: [cidFont] })
  page.node.setFontDictionary(PDFName.of('F1'), context.register(font))
  // 日本語, "Japanese", in UCS-2.
  page.node.addContentStream(context.register(context.stream('BT /F1 12 Tf 50 300 Td <65E5672C8A9E> Tj ET')))
  return doc.save()
}
