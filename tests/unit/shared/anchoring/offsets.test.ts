import { describe, expect, it } from 'vitest'
import { toCodePointOffset, toUtf16Offset } from '../../../../src/shared/anchoring'

// 'a👍b': 'a' is unit 0, '👍' (U+1F44D) is the pair at units 1–2, 'b' is unit 3; code points a=0, 👍=1, b=2.
const TEXT = 'a👍b'

describe('toCodePointOffset', () => {
  it('counts an astral character as one code point', () => {
    expect([0, 1, 3, 4].map((u) => toCodePointOffset(TEXT, u))).toEqual([0, 1, 2, 3])
  })

  it('clamps an offset between the halves of a surrogate pair to the start of the character', () => {
    expect(toCodePointOffset(TEXT, 2)).toBe(1)
  })

  it('clamps offsets outside the text to its ends', () => {
    expect(toCodePointOffset(TEXT, -3)).toBe(0)
    expect(toCodePointOffset(TEXT, 99)).toBe(3)
  })

  it('counts a lone surrogate as one code point, as string iteration does', () => {
    expect(toCodePointOffset('a\uD83Db', 2)).toBe(2)
    expect(toCodePointOffset('a\uDC4Db', 3)).toBe(3)
  })
})

describe('toUtf16Offset', () => {
  it('maps code points back to units, two units per astral character', () => {
    expect([0, 1, 2, 3].map((c) => toUtf16Offset(TEXT, c))).toEqual([0, 1, 3, 4])
  })

  it('clamps offsets outside the text to its ends', () => {
    expect(toUtf16Offset(TEXT, -1)).toBe(0)
    expect(toUtf16Offset(TEXT, 99)).toBe(4)
  })
})

describe('round trips', () => {
  // Units: 👍 0–1, 🏽 2–3, ' ' 4, 𝔘 5–6, 'x' 7, 🇫 8–9, 🇷 10–11, 'é' 12; 9 code points, 13 units.
  const mixed = '👍🏽 𝔘x🇫🇷é'
  const starts = [0, 2, 4, 5, 7, 8, 10, 12, 13]

  it('returns every code-point offset unchanged', () => {
    expect(starts.map((u) => toCodePointOffset(mixed, u))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8])
    for (let c = 0; c <= 8; c++) expect(toCodePointOffset(mixed, toUtf16Offset(mixed, c))).toBe(c)
  })

  it('returns every character-start unit offset unchanged and snaps the others back', () => {
    for (const u of starts) expect(toUtf16Offset(mixed, toCodePointOffset(mixed, u))).toBe(u)
    expect([1, 3, 6, 9, 11].map((u) => toUtf16Offset(mixed, toCodePointOffset(mixed, u)))).toEqual([0, 2, 5, 8, 10])
  })

  it('gives the right answers when texts alternate, whatever is cached', () => {
    expect(toUtf16Offset(mixed, 4)).toBe(7)
    expect(toUtf16Offset(TEXT, 2)).toBe(3)
    expect(toUtf16Offset(mixed, 4)).toBe(7)
    expect(toUtf16Offset('plain', 4)).toBe(4)
  })
})
