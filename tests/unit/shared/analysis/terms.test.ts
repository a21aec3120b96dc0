import { describe, expect, it } from 'vitest'
import { fold, termsOf, wordsOf } from '../../../../src/shared/analysis/terms'

describe('fold', () => {
  it('folds case, diacritics and curly apostrophes', () => {
    expect(fold('Café')).toBe('cafe')
    expect(fold('Didn’t')).toBe("didn't")
    expect(fold('İZMİR')).toBe('izmir')
    expect(fold('مُحَمَّد')).toBe('محمد')
  })

  it('keeps the vowel signs of Thai and Devanagari, which are part of the word', () => {
    expect(fold('รัฐมนตรี')).toBe('รัฐมนตรี')
    expect(fold('हिंदी')).toBe('हिंदी')
  })

  it('reads "US" as the country and keeps dotted abbreviations whole', () => {
    expect(fold('US')).toBe('u.s')
    expect(wordsOf('the U.S.-Hamas talks').map((word) => word.folded)).toEqual(['the', 'u.s', 'hamas', 'talks'])
  })
})

describe('termsOf', () => {
  it('reads Chinese and Thai, written without spaces, as their words', () => {
    expect(termsOf('人质谈判已经破裂。')).toEqual(['人质', '谈判', '已经', '破裂'])
    expect(wordsOf('据报道，人质谈判').map(({ start, end }) => '据报道，人质谈判'.slice(start, end))).toEqual(['据', '报道', '人质', '谈判'])
    expect(termsOf('นายกรัฐมนตรีกล่าว')).toEqual(['นายก', 'รัฐมนตรี', 'กล่าว'])
  })

  it('drops function words and stems the rest', () => {
    expect(termsOf('The job against Hamas must be finished')).toEqual(['job', 'hama', 'finish'])
  })

  it('makes every negation one term, curly or straight', () => {
    // 000 line 32 and 001 line 5 say the same thing with "never" and "didn’t".
    expect(termsOf('Hamas never really wanted a deal')).toEqual(['hama', 'not', 'realli', 'want', 'deal'])
    expect(termsOf('didn’t really want to make a deal')).toEqual(['not', 'realli', 'want', 'make', 'deal'])
    expect(termsOf("didn't really want")).toEqual(termsOf('didn’t really want'))
  })

  it('reads a possessive as its noun and a number with separators as one term', () => {
    expect(termsOf('Hamas’s reign, 1,200 deaths')).toEqual(['hama', 'reign', '1200', 'death'])
  })

  it('gives offsets into the whole text when asked for a part of it', () => {
    const text = 'First. Second part here.'
    expect(wordsOf(text, 7).map(({ start, end }) => text.slice(start, end))).toEqual(['Second', 'part', 'here'])
  })
})
