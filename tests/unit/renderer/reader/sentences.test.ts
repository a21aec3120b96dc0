import { describe, expect, it } from 'vitest'
import { passagesOf } from '../../../../src/shared/analysis'
import { sentenceAfter, sentenceAround, sentenceBefore } from '../../../../src/renderer/reader/sentences'
import { textBlocks } from '../../../../src/shared/text'

const text = 'Mr. Fox spoke first. The U.S. Senate voted.\n\nThen it rained.'
const blocks = textBlocks(text)
const shown = () => false
const quoted = (span: { start: number; end: number } | null) => (span ? text.slice(span.start, span.end) : null)

describe('the reader stepping by sentence (J and K)', () => {
  it('steps forward over the sentences the comparison reads, abbreviations kept inside them', () => {
    expect(quoted(sentenceAfter(text, blocks, 0, shown))).toBe('Mr. Fox spoke first.')
    expect(quoted(sentenceAfter(text, blocks, 1, shown))).toBe('The U.S. Senate voted.')
    expect(quoted(sentenceAfter(text, blocks, text.indexOf('voted'), shown))).toBe('Then it rained.')
    expect(sentenceAfter(text, blocks, text.indexOf('rained'), shown)).toBeNull()
  })

  it('steps back to the last sentence ending before the offset, across a paragraph break', () => {
    expect(quoted(sentenceBefore(text, blocks, text.length, shown))).toBe('Then it rained.')
    expect(quoted(sentenceBefore(text, blocks, text.indexOf('Then'), shown))).toBe('The U.S. Senate voted.')
    expect(sentenceBefore(text, blocks, 0, shown)).toBeNull()
  })

  it('selects exactly what the comparison calls a sentence', () => {
    const stepped: { start: number; end: number }[] = []
    for (let next = sentenceAfter(text, blocks, 0, shown); next; next = sentenceAfter(text, blocks, next.end, shown)) stepped.push(next)
    expect(stepped).toEqual(passagesOf(text, []).sentences.map(({ start, end }) => ({ start, end })))
  })

  it('never reaches a block the reader has folded away: stepping passes over it both ways', () => {
    const folded = 'Weather 17.5 F. New York.\n\nThe talks resumed. Both sides spoke.\n\nSubscribe now.\n\nIt rained.'
    const folds = textBlocks(folded)
    const hidden = (index: number) => index === 0 || index === 2
    const cut = (span: { start: number; end: number } | null) => (span ? folded.slice(span.start, span.end) : null)
    expect(cut(sentenceAfter(folded, folds, 0, hidden))).toBe('The talks resumed.')
    expect(cut(sentenceAfter(folded, folds, folded.indexOf('spoke.') + 6, hidden))).toBe('It rained.')
    expect(cut(sentenceBefore(folded, folds, folded.indexOf('It rained'), hidden))).toBe('Both sides spoke.')
    expect(sentenceBefore(folded, folds, folded.indexOf('The talks'), hidden)).toBeNull()
  })

  it('finds the sentence a caret is in, from its first character to before its end, but not one in a hidden block', () => {
    expect(quoted(sentenceAround(text, blocks, text.indexOf('Senate'), shown))).toBe('The U.S. Senate voted.')
    expect(quoted(sentenceAround(text, blocks, text.indexOf('The U.S.'), shown))).toBe('The U.S. Senate voted.')
    expect(sentenceAround(text, blocks, text.indexOf('first.') + 6, shown)).toBeNull()
    expect(sentenceAround(text, blocks, text.indexOf('Senate'), (index) => index === 0)).toBeNull()
  })
})
