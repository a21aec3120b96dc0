import type { Category } from '../model'
import { categoryName, selectDocuments } from './select'
import type { ExportDocument, ExportOptions } from './types'

const HEADER = ['document', 'outlet', 'category', 'tags', 'quote', 'note', 'start', 'end']

/**
 * What a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+cmd|…`): OWASP's CSV injection guidance names a cell
 * starting with =, +, -, @, a tab or a carriage return (https://owasp.org/www-community/attacks/CSV_Injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * RFC 4180 quoting: only fields that need it are quoted, with `"` doubled inside. A field a spreadsheet would read as
 * a formula is prefixed with a single quote, which spreadsheets take as "text follows", and quoted.
 */
function csvField(value: string): string {
  if (FORMULA_START.test(value)) return `"'${value.replace(/"/g, '""')}"`
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/**
 * One row per highlight, orphans included, documents in the order given and highlights in
 * text order. A table has no sections, so `group` does not apply; the tag filter does.
 * Lines end in CRLF, the last one too, as RFC 4180 writes them.
 */
export function toCsv(docs: ExportDocument[], categories: Category[], options: ExportOptions): string {
  const rows = selectDocuments(docs, options).flatMap(({ meta, highlights }) =>
    highlights.map((h) => [
      meta.title,
      meta.outlet ?? '',
      categoryName(categories, h.categoryId),
      h.tags.join('; '),
      h.quote.exact,
      h.note,
      String(h.position.start),
      String(h.position.end)
    ])
  )
  return [HEADER, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('')
}
