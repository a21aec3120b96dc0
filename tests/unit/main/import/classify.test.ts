import { describe, expect, it } from 'vitest'
import { isSupportedName, looksBinary, rejectionOf } from '../../../../src/main/import/classify'
import { SUPPORTED_EXTENSIONS } from '../../../../src/shared/file-formats'

const MB = 1024 * 1024
const TEXT = Buffer.from('A short article about the city council.\n')

/** Deterministic noise (a linear congruential generator), so a failure can be reproduced. */
function noise(length: number): Uint8Array {
  const out = new Uint8Array(length)
  let seed = 42
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0
    out[i] = seed >>> 24
  }
  return out
}

describe('isSupportedName', () => {
  it('accepts texts, saved web pages, Word files and PDFs in any case', () => {
    expect(SUPPORTED_EXTENSIONS).toEqual(['.txt', '.md', '.text', '.html', '.htm', '.mhtml', '.mht', '.docx', '.pdf'])
    for (const name of ['a.txt', 'notes.MD', 'B.Text', 'dir/sub/file.tar.txt', 'C:\\docs\\x.TXT', 'page.HTML', 'page.htm', 'saved.MHT', 'saved.mhtml', 'memo.Docx', 'paper.PDF'])
      expect(isSupportedName(name), name).toBe(true)
  })

  it('refuses other extensions and names without one', () => {
    for (const name of ['report.epub', 'README', 'txt', '.txt', 'a.txt.odt', 'dir.txt/file']) expect(isSupportedName(name), name).toBe(false)
  })
})

describe('rejectionOf', () => {
  it('passes a plain text', () => {
    expect(rejectionOf('article.txt', TEXT, 50 * MB)).toBeNull()
  })

  it('refuses an unsupported type first, even when the file is also empty', () => {
    const unsupported = { reason: 'unsupported-type', message: 'Only texts (.txt, .md, .text), saved web pages (.html, .htm, .mhtml), Word files (.docx) and PDFs (.pdf) can be imported.' }
    expect(rejectionOf('paper.epub', TEXT, 50 * MB)).toEqual(unsupported)
    expect(rejectionOf('LICENSE', TEXT, 50 * MB)).toEqual(unsupported)
    expect(rejectionOf('empty.odt', new Uint8Array(0), 50 * MB)).toEqual(unsupported)
  })

  it('calls empty a file with no bytes or only a BOM and white space', () => {
    const empty = { reason: 'empty', message: 'This file is empty.' }
    expect(rejectionOf('a.txt', new Uint8Array(0), 50 * MB)).toEqual(empty)
    expect(rejectionOf('a.txt', Buffer.from([0xef, 0xbb, 0xbf]), 50 * MB)).toEqual(empty)
    expect(rejectionOf('a.txt', Buffer.from(' \r\n\t\n'), 50 * MB)).toEqual(empty)
    expect(rejectionOf('a.txt', Buffer.from([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00]), 50 * MB)).toEqual(empty)
    expect(rejectionOf('a.txt', Buffer.from('  \n', 'utf16le'), 50 * MB)).toEqual(empty)
    expect(rejectionOf('a.txt', Buffer.from(' x '), 50 * MB)).toBeNull()
  })

  it('refuses a file over the limit, with both sizes in the message', () => {
    expect(rejectionOf('a.txt', TEXT, 10)).toEqual({ reason: 'too-large', message: 'This file is larger than the 10 bytes limit (40 bytes).' })
    expect(rejectionOf('a.txt', Buffer.alloc(3 * MB, 0x61), 2.5 * MB)).toEqual({
      reason: 'too-large',
      message: 'This file is larger than the 2.5 MB limit (3 MB).'
    })
    expect(rejectionOf('a.txt', Buffer.alloc(3000, 0x61), 2048)).toEqual({
      reason: 'too-large',
      message: 'This file is larger than the 2 KB limit (2.9 KB).'
    })
    expect(rejectionOf('a.txt', TEXT, TEXT.length)).toBeNull()
  })

  it('refuses binary content', () => {
    const binary = { reason: 'binary', message: 'This looks like a binary file, not text.' }
    expect(rejectionOf('a.txt', Buffer.from('text\0more text'), 50 * MB)).toEqual(binary)
    expect(rejectionOf('a.txt', noise(4096), 50 * MB)).toEqual(binary)
  })
})

describe('looksBinary', () => {
  it('takes a NUL byte or many control bytes for binary', () => {
    expect(looksBinary(Buffer.from('abc\0def'))).toBe(true)
    expect(looksBinary(noise(8192))).toBe(true)
    expect(looksBinary(Buffer.from('ab\x01\x02\x03\x04cdefgh'))).toBe(true)
  })

  it('takes ordinary text, a stray control byte and non-ASCII for text', () => {
    expect(looksBinary(TEXT)).toBe(false)
    expect(looksBinary(Buffer.from('Page one\fPage two, with a DOS end marker\x1a'))).toBe(false)
    expect(looksBinary(Buffer.from('\u201cQuoted\u201d – naïve café'))).toBe(false)
    expect(looksBinary(new Uint8Array(0))).toBe(false)
  })

  it('does not take UTF-16 text for binary, with or without a BOM', () => {
    const le = Buffer.from('Hello, Zürich.\r\n', 'utf16le')
    const be = Buffer.from(le).swap16()
    expect(looksBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toBe(false)
    expect(looksBinary(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe(false)
    expect(looksBinary(le)).toBe(false)
    expect(looksBinary(be)).toBe(false)
    expect(rejectionOf('a.txt', le, 50 * MB)).toBeNull()
  })

  it('decides on the first 8 KB only', () => {
    const late = Buffer.concat([Buffer.alloc(8192, 0x61), Buffer.from([0])])
    expect(looksBinary(late)).toBe(false)
  })
})
