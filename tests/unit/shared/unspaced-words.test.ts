import { describe, expect, it } from 'vitest'
import { isUnspaced, unspacedWords } from '../../../src/shared/unspaced-words'

const wordsOf = (run: string): string[] => unspacedWords(run).map(([start, end]) => run.slice(start, end))

describe('unspacedWords', () => {
  it('cuts Chinese, Japanese and Thai into the words of their dictionaries', () => {
    expect(wordsOf('人质谈判已经破裂')).toEqual(['人质', '谈判', '已经', '破裂'])
    expect(wordsOf('東京都は金曜日に発表した')).toEqual(['東京', '都', 'は', '金曜日', 'に', '発表', 'した'])
    expect(wordsOf('นายกรัฐมนตรีกล่าว')).toEqual(['นายก', 'รัฐมนตรี', 'กล่าว'])
  })

  it('reads a run longer than one window as the segmenter reads it whole', () => {
    const run = '以色列总理周五表示人质谈判已经破裂'.repeat(90)
    const whole = [...new Intl.Segmenter('und', { granularity: 'word' }).segment(run)].map((segment) => segment.segment)
    expect(run.length).toBeGreaterThan(1500)
    expect(wordsOf(run)).toEqual(whole)
  })

  it('is asked only of runs in a script written without spaces', () => {
    expect(isUnspaced('人质')).toBe(true)
    expect(isUnspaced('iPhone手机')).toBe(true)
    expect(isUnspaced('Москва')).toBe(false)
    expect(isUnspaced('اردو')).toBe(false)
    expect(isUnspaced('한국어')).toBe(false)
  })
})
