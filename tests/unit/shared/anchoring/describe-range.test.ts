import { describe, expect, it } from 'vitest'
import { anchor, describeRange } from '../../../../src/shared/anchoring'

const QUOTE = 'The ministry said the ceasefire would hold until at least Friday.'

describe('describeRange', () => {
  it('keeps up to 32 code points of context on each side', () => {
    const text = 'x'.repeat(40) + 'quote' + 'y'.repeat(40)
    expect(describeRange(text, 40, 45)).toEqual({
      position: { start: 40, end: 45 },
      quote: { exact: 'quote', prefix: 'x'.repeat(32), suffix: 'y'.repeat(32) }
    })
  })

  it('counts context in code points, so 32 astral characters take 64 units', () => {
    const text = '𝔘'.repeat(40) + 'quote'
    // 40 astral characters are 80 units and 40 code points.
    const selectors = describeRange(text, 80, 85)
    expect(selectors.position).toEqual({ start: 40, end: 45 })
    expect(selectors.quote.prefix).toBe('𝔘'.repeat(32))
    expect(selectors.quote.suffix).toBe('')
  })

  it('stores code-point positions when astral characters precede the quote, and anchoring round-trips', () => {
    // '👍🏽 𝔘 ' is 👍 (2 units), 🏽 (2), space (1), 𝔘 (2), space (1): 8 units but 5 code points,
    // so the quote at units 8–73 is at code points 5–70: three less, one per astral character.
    const text = '👍🏽 𝔘 ' + QUOTE
    const selectors = describeRange(text, 8, 73)
    expect(selectors.position).toEqual({ start: 5, end: 70 })
    expect(selectors.quote).toEqual({ exact: QUOTE, prefix: '👍🏽 𝔘 ', suffix: '' })
    expect(anchor(text, selectors)).toEqual({ status: 'anchored', start: 8, end: 73, method: 'position', score: 1 })
    // '🇫🇷 ' adds two astral characters and a space: 5 units, so the quote moves to 13–78.
    expect(anchor('🇫🇷 ' + text, selectors)).toMatchObject({ status: 'anchored', start: 13, end: 78, method: 'quote' })
  })

  it('clamps ends that split a surrogate pair to the start of the character and swaps reversed ends', () => {
    // 'a👍b': 👍 covers units 1–2; unit 2 is inside it, so the range 2–4 becomes 1–4.
    expect(describeRange('a👍b', 4, 2)).toEqual({
      position: { start: 1, end: 3 },
      quote: { exact: '👍b', prefix: 'a', suffix: '' }
    })
  })

  it('orphans an empty quote instead of anchoring it anywhere', () => {
    expect(anchor('Some text.', describeRange('Some text.', 4, 4))).toEqual({ status: 'orphan', reason: 'not-found' })
  })
})
