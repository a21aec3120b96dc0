import { describe, expect, it } from 'vitest'
import { foldText } from '../../../../src/shared/search'

describe('foldText', () => {
  it('drops accents and case, so Café, CAFE and cafe meet', () => {
    expect(foldText('Café CAFÉ Zürich Łódź São Paulo')).toBe('cafe cafe zurich łodz sao paulo')
  })

  it('makes curly quotes and apostrophes straight', () => {
    expect(foldText('“Didn’t” ‘we’')).toBe('"didn\'t" \'we\'')
  })

  it('keeps every UTF-16 unit as one unit, so offsets in the folded text are offsets in the original', () => {
    const changedLength = Array.from({ length: 0x10000 }, (_, unit) => unit).filter((unit) => foldText(String.fromCharCode(unit)).length !== 1)
    expect(changedLength).toEqual([])
    const mixed = 'İstanbul ﬁnal 𝐁old ẞtraße'
    expect(foldText(mixed).length).toBe(mixed.length)
  })

  it('leaves a character alone when its folded form has another length', () => {
    expect(foldText('ﬁnal')).toBe('ﬁnal')
    expect(foldText('İ')).toBe('i')
  })
})
