import { describe, expect, it } from 'vitest'
import { findBoilerplate, passagesOf } from '../../../../src/shared/analysis'
import { textBlocks } from '../../../../src/shared/text'
import { seed, SEEDS } from './seeds'

function sentenceTexts(text: string): string[] {
  return passagesOf(text, findBoilerplate(text)).sentences.map(({ start, end }) => text.slice(start, end))
}

describe('passagesOf', () => {
  it('gives every seed the reader’s blocks as paragraphs, less the boilerplate blocks', () => {
    for (const text of SEEDS.values()) {
      const boilerplate = findBoilerplate(text)
      const inside = (block: { start: number; end: number }) => boilerplate.some((span) => span.start <= block.start && block.end <= span.end)
      expect(passagesOf(text, boilerplate).paragraphs).toEqual(textBlocks(text).filter((block) => !inside(block)))
    }
  })

  it('keeps "U.S. President" inside a sentence and splits after a closing quote', () => {
    const sentences = sentenceTexts(seed('001'))
    // 001 line 5, first and last sentences.
    expect(sentences).toContain(
      'Ceasefire negotiations between Israel and Hamas have reached another impasse, with U.S. President Donald Trump accusing Palestinian militants of resisting peace efforts and vowing Israel would escalate military action.'
    )
    expect(sentences).toContain('His comments followed Israel’s decision to recall its negotiating team from indirect talks in Qatar this week, further dimming prospects for a truce.')
  })

  it('numbers each sentence’s paragraph and leaves boilerplate out', () => {
    const text = seed('000')
    const { paragraphs, sentences } = passagesOf(text, findBoilerplate(text))
    // Line 12, the headline, is the first paragraph; line 24 the second, of two sentences.
    expect(text.slice(paragraphs[0]!.start, paragraphs[0]!.end)).toMatch(/^Trump Declares Final Push/)
    expect(sentences.filter((sentence) => sentence.paragraph === 1)).toHaveLength(2)
    expect(sentences.some(({ start, end }) => text.slice(start, end).includes('Trinity Audio'))).toBe(false)
    expect(sentences.some(({ start, end }) => text.slice(start, end).includes('Hopefully we are done'))).toBe(false)
  })

  it('reads a hard-wrapped block around a widget line inside it', () => {
    const text = 'The talks resumed in Geneva on Monday,\nSUBSCRIBE\nand officials from both sides met there.'
    const boilerplate = findBoilerplate(text)
    expect(boilerplate).toEqual([{ start: text.indexOf('SUBSCRIBE'), end: text.indexOf('SUBSCRIBE') + 9, reason: 'furniture' }])
    const { paragraphs, sentences } = passagesOf(text, boilerplate)
    expect(paragraphs).toEqual([{ start: 0, end: text.length }])
    expect(sentences.map(({ start, end }) => text.slice(start, end))).toEqual(['The talks resumed in Geneva on Monday,', 'and officials from both sides met there.'])
  })
})
