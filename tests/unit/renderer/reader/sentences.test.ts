import { describe, expect, it } from 'vitest'
import { passagesOf } from '../../../../src/shared/analysis'
import { sentenceAfter, sentenceBefore } from '../../../../src/renderer/reader/sentences'
import { textBlocks } from '../../../../src/shared/text'

const text = 'Mr. Fox spoke first. The U.S. Senate voted.\n\nThen it rained.'
const blocks = textBlocks(text)
const quoted = (span: { start: number; end: number } | null) => (span ? text.slice(span.start, span.end) : null)

describe('the reader stepping by sentence (J and K)', () => {
  it('steps forward over the sentences the comparison reads, abbreviations kept inside them', () => {
    expect(quoted(sentenceAfter(text, blocks, 0))).toBe('Mr. Fox spoke first.')
    expect(quoted(sentenceAfter(text, blocks, 1))).toBe('The U.S. Senate voted.')
    expect(quoted(sentenceAfter(text, blocks, text.indexOf('voted')))).toBe('Then it rained.')
    expect(sentenceAfter(text, blocks, text.indexOf('rained'))).toBeNull()
  })

  it('steps back to the last sentence ending before the offset, across a paragraph break', () => {
    expect(quoted(sentenceBefore(text, blocks, text.length))).toBe('Then it rained.')
    expect(quoted(sentenceBefore(text, blocks, text.indexOf('Then')))).toBe('The U.S. Senate voted.')
    expect(sentenceBefore(text, blocks, 0)).toBeNull()
  })

  it('selects exactly what the comparison calls a sentence', () => {
    const stepped: { start: number; end: number }[] = []
    for (let next = sentenceAfter(text, blocks, 0); next; next = sentenceAfter(text, blocks, next.end)) stepped.push(next)
    expect(stepped).toEqual(passagesOf(text, []).sentences.map(({ start, end }) => ({ start, end })))
  })
})
