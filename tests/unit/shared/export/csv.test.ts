import { describe, expect, it } from 'vitest'
import { DEFAULT_CATEGORIES } from '../../../../src/shared/categories'
import { toCsv } from '../../../../src/shared/export'
import { highlight, meta, OPTIONS, seedDocuments } from './fixtures'

/** A strict RFC 4180 reader: records end in CRLF, quoted fields may hold anything with `"` doubled. */
function readCsv(csv: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let i = 0
  while (i < csv.length) {
    let field = ''
    if (csv[i] === '"') {
      i += 1
      for (;;) {
        const quote = csv.indexOf('"', i)
        if (quote < 0) throw new Error('Unclosed quote')
        field += csv.slice(i, quote)
        i = quote + 1
        if (csv[i] !== '"') break
        field += '"'
        i += 1
      }
    } else {
      const stop = csv.slice(i).search(/[,\r\n"]/)
      const end = stop < 0 ? csv.length : i + stop
      if (csv[end] === '"') throw new Error('Quote inside an unquoted field')
      field = csv.slice(i, end)
      i = end
    }
    record.push(field)
    if (csv[i] === ',') i += 1
    else if (csv.startsWith('\r\n', i)) {
      records.push(record)
      record = []
      i += 2
    } else throw new Error(`Expected a separator at ${i}`)
  }
  if (record.length > 0) throw new Error('Last record does not end in CRLF')
  return records
}

describe('toCsv', () => {
  it('writes one row per highlight, orphans included, with the header first', () => {
    const rows = readCsv(toCsv(seedDocuments(), DEFAULT_CATEGORIES, OPTIONS))
    expect(rows[0]).toEqual(['document', 'outlet', 'category', 'tags', 'quote', 'note', 'start', 'end'])
    expect(rows).toHaveLength(1 + 9)
    expect(rows[1]).toEqual([
      'Trump Declares Final Push Against Hamas as Hostage Talks Collapse: Israeli Leadership Signals Shift Toward Total Victory',
      'TJV News', 'Question', '', 'New York', 'Was in the dateline.', '7', '15'
    ])
    expect(rows[2]?.slice(2, 4)).toEqual(['Framing', 'finish the job; wire copy'])
    expect(rows.every((row) => row.length === 8)).toBe(true)
  })

  it('quotes fields with quotes, commas and line breaks, doubling the quotes', () => {
    const text = 'He said "no", then left.'
    const note = 'Line one, with "quotes"\r\nline two\nline three'
    const doc = { meta: meta('d', 'A, "B"', { outlet: 'Out\nlet' }), note: '', highlights: [highlight(text, 'd', 'h', { passage: '"no", then', note, tags: ['a', 'b,c'] })] }
    const csv = toCsv([doc], DEFAULT_CATEGORIES, OPTIONS)
    expect(csv).toBe(
      'document,outlet,category,tags,quote,note,start,end\r\n' +
        '"A, ""B""","Out\nlet",Claim,"a; b,c","""no"", then","Line one, with ""quotes""\r\nline two\nline three",8,18\r\n'
    )
    expect(readCsv(csv)[1]).toEqual(['A, "B"', 'Out\nlet', 'Claim', 'a; b,c', '"no", then', note, '8', '18'])
    expect(csv.endsWith('8,18\r\n')).toBe(true)
  })

  it('neutralises cells a spreadsheet would run as formulas, as OWASP describes, and leaves other cells alone', () => {
    const text = 'A plain passage to quote.'
    const row = (note: string, tag: string): { line: string; cells: string[] } => {
      const doc = { meta: meta('d', 'Title'), note: '', highlights: [highlight(text, 'd', 'h', { passage: 'plain', note, tags: [tag] })] }
      const csv = toCsv([doc], DEFAULT_CATEGORIES, OPTIONS)
      return { line: csv.split('\r\n')[1]!, cells: readCsv(csv)[1]! }
    }
    const hyperlink = row('=HYPERLINK("http://evil.test","click")', '+cmd|calc')
    expect(hyperlink.line).toBe('Title,,Claim,"\'+cmd|calc",plain,"\'=HYPERLINK(""http://evil.test"",""click"")",2,7')
    expect(hyperlink.cells.slice(3, 6)).toEqual(["'+cmd|calc", 'plain', '\'=HYPERLINK("http://evil.test","click")'])
    expect(row('-2+3', '@SUM(A1)').cells.slice(3, 6)).toEqual(["'@SUM(A1)", 'plain', "'-2+3"])
    expect(row('\tTAB', '\rCR').cells.slice(3, 6)).toEqual(["'\rCR", 'plain', "'\tTAB"])
    expect(row('a note = fine', 'tag-with-dash').line).toBe('Title,,Claim,tag-with-dash,plain,a note = fine,2,7')
  })

  it('applies the tag filter', () => {
    expect(readCsv(toCsv(seedDocuments(), DEFAULT_CATEGORIES, { ...OPTIONS, tag: 'wire copy' }))).toHaveLength(2)
  })
})
