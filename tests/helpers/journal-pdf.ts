import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib'

export const JOURNAL_TITLE = 'Evening buses and the shape of rural travel: evidence from a regional network'

/** A journal article's first page of text, paragraph by paragraph, as the text should hold it. */
export const JOURNAL_PARAGRAPHS = [
  'The regional bus network carried more passengers last year than in any year since the survey began, and most of the growth came from routes that had been written off a decade earlier. This paper asks what changed on those routes, and whether the change can be repeated elsewhere without the subsidy that paid for it.',
  'Our data come from ticket machines on forty routes, from a survey of two thousand passengers, and from interviews with drivers and depot managers. The ticket data record every boarding with its stop and its time, which lets us follow a route through the day and compare the hours before and after the new timetable.',
  'Ridership rose by eleven percent on rural routes, against three percent in the towns. Almost all of that rise came after six in the evening, on services that did not run at all before the spring. Passengers who boarded in the evening were younger than those who travelled by day, and more of them were going to work or to college.',
  'Reliability improved as well. Nine in ten buses arrived within five minutes of the timetable, up from seven in ten, largely because the new evening services were timed around the school runs rather than squeezed between them. Drivers told us that a quieter road made the late journeys easier to keep to time.',
  'The survey suggests why the evening mattered so much. A rural passenger who can travel out in the morning but cannot get home after a late shift does not use the bus at all, because one missing journey breaks the whole trip. Adding the last bus home made the first bus of the day worth catching.',
  'Fares remain the largest complaint. Two in five young passengers said that a return ticket costs more than they can easily pay, and a third said that they sometimes walk part of the way to save the fare. Passenger groups welcomed the figures but argued that the gains will not last if fares keep rising faster than wages.',
  'Funding for the evening services is guaranteed only until the end of next year. Without a new settlement the board expects to withdraw some of the routes that grew fastest, which our figures suggest would undo most of the growth, since the morning services depend on the passengers that the evening ones brought.',
  'We conclude that the shape of the timetable matters more than its frequency. A network that runs a few buses late into the evening can keep passengers that a network with many buses in the middle of the day loses, and the cost of the late journeys is modest beside the fares they bring back.'
]

/** The text the page should become: its title across both columns, then the article, the page number left out. */
export const JOURNAL_TEXT = [JOURNAL_TITLE, ...JOURNAL_PARAGRAPHS].join('\n\n')

/** A US Letter page, as IEEE's template sets it: two 252 pt columns under a title across both. */
const PAGE = { width: 612, height: 792 }
const COLUMN = 252
const TOP = 680
const INDENT = 10

export interface JournalLayout {
  /** The space between the columns, in points: IEEE's template has 12 (0.17 in), ACM's about 24. */
  gutter: number
  size: number
  /** Each line but a paragraph's last spread to fill the column, word by word, as a typesetter justifies it. */
  justified: boolean
}

/**
 * A page of a two-column journal article: a title across both columns; paragraphs with an indented first line, in
 * balanced columns, a paragraph running from the left column's foot to the right column's top; lines that never reach
 * into the gutter; a page number at the foot.
 */
export async function journalPagePdf({ gutter, size, justified }: JournalLayout): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.TimesRoman)
  const bold = await doc.embedFont(StandardFonts.TimesRomanBold)
  const page = doc.addPage([PAGE.width, PAGE.height])
  const margin = (PAGE.width - 2 * COLUMN - gutter) / 2
  const titleWidth = bold.widthOfTextAtSize(JOURNAL_TITLE, 18)
  page.drawText(JOURNAL_TITLE, { x: (PAGE.width - titleWidth) / 2, y: 720, size: 18, font: bold })
  const lines = JOURNAL_PARAGRAPHS.flatMap((paragraph) =>
    wrapped(paragraph, font, size, COLUMN - INDENT, COLUMN).map((words, index, all) => ({ words, first: index === 0, last: index === all.length - 1 }))
  )
  // Balanced, as on an article's last page: the left column holds the first half of the lines (one more if that
  // half ends a paragraph, so that one runs on into the right column), the right the rest.
  const half = Math.ceil(lines.length / 2) + (lines[Math.ceil(lines.length / 2) - 1]!.last ? 1 : 0)
  lines.forEach(({ words, first, last }, index) => {
    const column = index < half ? 0 : 1
    const x = margin + column * (COLUMN + gutter) + (first ? INDENT : 0)
    const y = TOP - 1.2 * size * (index - column * half)
    drawLine(page, words, { x, y, size, font, width: justified && !last ? COLUMN - (first ? INDENT : 0) : null })
  })
  page.drawText('7', { x: PAGE.width / 2 - 2.5, y: 40, size: 9, font })
  return doc.save()
}

/**
 * A page of one column of justified text, 380 pt wide with long words and no hyphenation, so that many lines are
 * spread with word spaces of up to a font size and more.
 */
export async function justifiedColumnPdf(paragraphs: readonly string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.TimesRoman)
  const page = doc.addPage([PAGE.width, PAGE.height])
  let y = 700
  for (const paragraph of paragraphs) {
    wrapped(paragraph, font, 11, 380 - INDENT, 380).forEach((words, index, lines) => {
      const indent = index === 0 ? INDENT : 0
      drawLine(page, words, { x: 116 + indent, y, size: 11, font, width: index < lines.length - 1 ? 380 - indent : null })
      y -= 13.2
    })
  }
  return doc.save()
}

/** A paragraph's lines as their words, its first line `first` points wide at most and the others `width`. */
function wrapped(paragraph: string, font: PDFFont, size: number, first: number, width: number): string[][] {
  const lines: string[][] = [[]]
  for (const word of paragraph.split(' ')) {
    const line = lines.at(-1)!
    if (line.length > 0 && font.widthOfTextAtSize([...line, word].join(' '), size) > (lines.length === 1 ? first : width)) lines.push([word])
    else line.push(word)
  }
  return lines
}

/** A line's words, as one run with single spaces, or given `width`, each word on its own, spread to fill it. */
function drawLine(page: PDFPage, words: string[], { x, y, size, font, width }: { x: number; y: number; size: number; font: PDFFont; width: number | null }) {
  if (width === null || words.length < 2) {
    page.drawText(words.join(' '), { x, y, size, font })
    return
  }
  const space = (width - words.reduce((sum, word) => sum + font.widthOfTextAtSize(word, size), 0)) / (words.length - 1)
  let at = x
  for (const word of words) {
    page.drawText(word, { x: at, y, size, font })
    at += font.widthOfTextAtSize(word, size) + space
  }
}

/** A report's paragraphs in long words, which leave justified lines loose. */
export const LOOSE_PARAGRAPHS = [
  'The intergovernmental commission on telecommunications infrastructure recommended comprehensive reorganisation of responsibilities between municipalities, regional authorities and internationally operating telecommunications companies, notwithstanding considerable disagreement about implementation timetables and accountability.',
  'Representatives of environmentally concerned organisations characterised the recommendations as disappointingly unambitious, whereas representatives of manufacturing associations considered the proposed notification requirements disproportionately burdensome for smaller undertakings.',
  'Parliamentary committees scrutinising the commission’s deliberations have requested supplementary documentation on procurement, on interoperability, on cybersecurity certification and on the decommissioning of obsolete transmission installations across sparsely populated mountainous territories.'
]
