import { describe, expect, it } from 'vitest'
import { canonicalText, cutLongBlocks, textBlocks, textHead } from '../../../src/shared/text'

function blockTexts(text: string): string[] {
  return textBlocks(text).map(({ start, end }) => text.slice(start, end))
}

describe('canonicalText', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(canonicalText('a\r\nb\rc\n')).toBe('a\nb\nc\n')
  })

  it('composes characters to NFC', () => {
    expect(canonicalText('Cafe\u0301')).toBe('Caf\u00e9')
  })
})

describe('textBlocks', () => {
  it('makes each blank-line-separated paragraph a block and keeps offsets into the text', () => {
    const text = 'Headline\n\nFirst paragraph.\n\n\nSecond one.\n'
    expect(blockTexts(text)).toEqual(['Headline', 'First paragraph.', 'Second one.'])
    expect(textBlocks(text)[1]).toEqual({ start: 10, end: 26 })
  })

  it('keeps the lines of hard-wrapped prose together in one block', () => {
    const text = 'It was the best of times,\nit was the worst of times.\n\nNext paragraph.'
    expect(blockTexts(text)).toEqual(['It was the best of times,\nit was the worst of times.', 'Next paragraph.'])
  })

  it('gives each line its own block where paragraphs are long single lines, as web copy has them', () => {
    const long = 'word '.repeat(40).trim()
    const text = `Title\n${long}\n${long}\n- a list item`
    expect(blockTexts(text)).toEqual(['Title', long, long, '- a list item'])
  })

  it('skips lines that hold only white space, no-break spaces included', () => {
    expect(blockTexts('One\n\u00a0\n  \nTwo')).toEqual(['One', 'Two'])
  })

  it('ends a block before trailing white space of any script, the ideographic space and tabs included', () => {
    expect(blockTexts('One\u3000\u2003\n\nTwo\t \n\n\u3000Three')).toEqual(['One', 'Two', '\u3000Three'])
  })

  it('has no blocks for an empty text', () => {
    expect(textBlocks('')).toEqual([])
  })
})

describe('cutLongBlocks', () => {
  it('cuts a long block at the last space before the limit, the space between the pieces', () => {
    const text = 'aaaa bbbb cccc dd'
    expect(cutLongBlocks(text, [{ start: 0, end: text.length }], 10).map(({ start, end }) => text.slice(start, end))).toEqual(['aaaa bbbb', 'cccc dd'])
  })

  it('cuts a block with no space at the limit, never between the halves of a surrogate pair', () => {
    const text = 'abc😀def'
    expect(cutLongBlocks(text, [{ start: 0, end: text.length }], 4)).toEqual([{ start: 0, end: 3 }, { start: 3, end: 7 }, { start: 7, end: 8 }])
  })

  it('leaves blocks within the limit as they are', () => {
    const blocks = [{ start: 0, end: 4 }, { start: 6, end: 9 }]
    expect(cutLongBlocks('abcd\n\nefg', blocks, 4)).toEqual(blocks)
  })
})

describe('textHead', () => {
  it('gives a short text whole', () => {
    expect(textHead('One line.\nTwo lines.\n', 100)).toBe('One line.\nTwo lines.\n')
  })

  it('ends after the last whole line that fits', () => {
    const text = 'First paragraph.\n\nSecond paragraph, longer.\nThird.\n'
    expect(textHead(text, 30)).toBe('First paragraph.\n\n')
    expect(textHead(text, 44)).toBe('First paragraph.\n\nSecond paragraph, longer.\n')
    expect(text.startsWith(textHead(text, 44))).toBe(true)
  })

  it('cuts a single line too long for the head, never between the halves of a surrogate pair', () => {
    expect(textHead('abcdef', 4)).toBe('abcd')
    expect(textHead('abc\u{1F600}def', 4)).toBe('abc')
    expect(textHead('abc\u{1F600}def', 5)).toBe('abc\u{1F600}')
  })
})

