import { describe, expect, it } from 'vitest'
import { bomOf, guessUtf16 } from '../../../../src/main/import/byte-order'

describe('byte-order helpers', () => {
  it('finds each BOM and its length', () => {
    expect(bomOf(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: 'utf-8', length: 3 })
    expect(bomOf(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]))).toEqual({ encoding: 'utf-16le', length: 2 })
    expect(bomOf(Uint8Array.from([0xfe, 0xff, 0x00, 0x41]))).toEqual({ encoding: 'utf-16be', length: 2 })
    expect(bomOf(Uint8Array.from([0xef, 0xbb]))).toBeNull()
    expect(bomOf(new Uint8Array(0))).toBeNull()
  })

  it('tells UTF-16 by its NUL pattern and not a stray NUL or zero-filled data', () => {
    expect(guessUtf16(Buffer.from('Plain words', 'utf16le'))).toBe('utf-16le')
    expect(guessUtf16(Buffer.from('Plain words', 'utf16le').swap16())).toBe('utf-16be')
    expect(guessUtf16(Buffer.from('abc\0def'))).toBeNull()
    expect(guessUtf16(new Uint8Array(64))).toBeNull()
    expect(guessUtf16(Buffer.from('Plain words'))).toBeNull()
  })
})
