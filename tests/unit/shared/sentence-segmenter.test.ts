import { describe, expect, it } from 'vitest'
import { sentencesOf } from '../../../src/shared/sentence-segmenter'

const texts = (text: string) => sentencesOf(text).map(({ start, end }) => text.slice(start, end))

describe('what a sentence is', () => {
  it('ends at a period, but not after an abbreviation or an initial', () => {
    expect(texts('Mr. Fox said it. Sen. Harry Reid, D-Nev., spoke. The U.S. Senate met. J. Smith left.')).toEqual([
      'Mr. Fox said it.',
      'Sen. Harry Reid, D-Nev., spoke.',
      'The U.S. Senate met.',
      'J. Smith left.'
    ])
  })

  it('ends after a closing quotation mark and at ! and ?', () => {
    expect(texts('“Hamas never wanted a deal,” he said. “Will we see?” Nothing! ')).toEqual(['“Hamas never wanted a deal,” he said.', '“Will we see?”', 'Nothing!'])
  })

  it('ends at the Urdu full stop (۔), even with no space after it', () => {
    // COUNTER 0001, the newspaper's text: three sentences where a regular expression over Latin stops saw one.
    const urdu = 'بنگلہ دیش نے فتح حاصل کر کے سیریز میں وائٹ واش کر دیا،زمبابوے ایک میچ بھی نہ جیت سکا۔آخری میچ میں زمبابوے کے 129 رنز کا ہدف حاصل کر لیا۔بنگلہ دیش جیت گیا'
    expect(texts(urdu)).toHaveLength(3)
    expect(texts(urdu)[1]).toBe('آخری میچ میں زمبابوے کے 129 رنز کا ہدف حاصل کر لیا۔')
  })

  it('ends at the Chinese and Japanese full stop and the Devanagari danda', () => {
    expect(texts('東京は晴れです。明日は雨でしょう。')).toEqual(['東京は晴れです。', '明日は雨でしょう。'])
    expect(texts('यह पहला वाक्य है। यह दूसरा है।')).toHaveLength(2)
  })

  it('reads a line break inside a block as a wrap', () => {
    expect(texts('The talks resumed in Geneva\non Monday. Both sides\nmet.')).toEqual(['The talks resumed in Geneva\non Monday.', 'Both sides\nmet.'])
  })

  it('counts offsets into the whole text from where it is asked to start', () => {
    const text = 'Header line.\n\nFirst one. Second one.'
    expect(sentencesOf(text, 14, text.length)).toEqual([
      { start: 14, end: 24 },
      { start: 25, end: 36 }
    ])
  })

  it('keeps every sentence whole across the windows a long paragraph is segmented in', () => {
    const sentence = 'Mr. Smith went to the U.S. Senate on Tuesday, and spoke.'
    const paragraph = Array.from({ length: 2_000 }, () => sentence).join(' ')
    const found = texts(paragraph)
    expect(found).toHaveLength(2_000)
    expect(new Set(found)).toEqual(new Set([sentence]))
  })
})
