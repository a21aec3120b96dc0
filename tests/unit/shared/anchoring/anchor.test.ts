import { describe, expect, it } from 'vitest'
import { anchor, describeRange } from '../../../../src/shared/anchoring'

// Lengths counted word by word: LEAD 7+10+2+6+8+3+9 = 45, QUOTE 4+9+5+4+10+6+5+6+3+6+7 = 65.
const LEAD = 'GENEVA (Reuters) - Talks resumed on Tuesday. '
const QUOTE = 'The ministry said the ceasefire would hold until at least Friday.'
const TAIL = ' Aid convoys were expected to cross the border later in the week.'
const TEXT = LEAD + QUOTE + TAIL
const SELECTORS = describeRange(TEXT, 45, 110)

describe('anchor', () => {
  it('keeps the stored position when the quote is still there', () => {
    expect(anchor(TEXT, SELECTORS)).toEqual({ status: 'anchored', start: 45, end: 110, method: 'position', score: 1 })
  })

  it('follows the quote when text is inserted before it', () => {
    // 'UPDATE 1-' is 9 units, so the quote moves from 45–110 to 54–119.
    const result = anchor('UPDATE 1-' + TEXT, SELECTORS)
    expect(result).toMatchObject({ status: 'anchored', start: 54, end: 119, method: 'quote' })
  })

  it('finds the passage fuzzily when words inside the quote were edited', () => {
    // would→will and Friday→Sunday: 'The ministry said the ceasefire will hold until at least Sunday.' is 64 units.
    const edited = 'The ministry said the ceasefire will hold until at least Sunday.'
    const result = anchor(LEAD + edited + TAIL, SELECTORS)
    expect(result).toMatchObject({ status: 'anchored', start: 45, end: 109, method: 'fuzzy' })
  })

  it('orphans the annotation when the passage was deleted', () => {
    expect(anchor(LEAD + TAIL, SELECTORS)).toEqual({ status: 'orphan', reason: 'not-found' })
  })

  it('orphans rather than guesses when the quote now sits in two places that look alike', () => {
    // A roundup repeats the lead and quote twice, each followed by a new sentence; the original spot is gone.
    const roundup =
      'Roundup.\n' +
      LEAD + QUOTE + ' Officials gave no further details.\n' +
      LEAD + QUOTE + ' Officials gave no other details.\n'
    expect(anchor(roundup, SELECTORS)).toEqual({ status: 'orphan', reason: 'ambiguous' })
  })

  it('anchors to the right copy when the context tells repeated sentences apart', () => {
    const second = '\n\nIn Beirut, officials were more cautious. '
    const original = TEXT + second + QUOTE + ' No aid has reached the south.'
    // The second copy starts after TEXT (175 units) and `second` (2 + 41 = 43 units): 218–283.
    const copy = describeRange(original, 218, 283)
    expect(copy.quote.exact).toBe(QUOTE)
    const result = anchor('CORRECTED-' + original, copy)
    // 'CORRECTED-' is 10 units.
    expect(result).toMatchObject({ status: 'anchored', start: 228, end: 293, method: 'quote' })
  })

  it('does not trust a verbatim copy that kept none of its context and moved far away', () => {
    const filler = 'Markets were calm and trading was thin ahead of the holiday. '.repeat(80)
    const moved = 'Elsewhere in the news, ' + QUOTE + ' Weather follows.'
    expect(anchor(TEXT.slice(0, 45) + filler + moved, SELECTORS)).toEqual({ status: 'orphan', reason: 'low-score' })
  })
})
