import { describe, expect, it } from 'vitest'
import { anchor, describeRange, type Selectors } from '../../../../src/shared/anchoring'
import { largeText, random } from './large-text'

const next = random(20240611)
const TEXT = largeText(5_000_000, next)

/** 1,000 ranges spread over the text, each 40–200 units long and starting at a word. */
function ranges(count: number): Array<[number, number]> {
  const spacing = Math.floor(TEXT.length / count)
  return Array.from({ length: count }, (_, i) => {
    const start = TEXT.indexOf(' ', i * spacing + Math.floor(next() * (spacing - 400))) + 1
    return [start, start + 40 + Math.floor(next() * 160)]
  })
}

describe('anchoring in a 5 MB text', () => {
  const spans = ranges(1000)
  const selectors: Selectors[] = spans.map(([start, end]) => describeRange(TEXT, start, end))

  it('anchors 1,000 unchanged selectors where they were', () => {
    expect(TEXT.length).toBeGreaterThanOrEqual(5_000_000)
    const results = selectors.map((s) => anchor(TEXT, s))
    const expected = selectors.map((s) => ({ exact: s.quote.exact, method: 'position' }))
    expect(results.map((r) => (r.status === 'anchored' ? { exact: TEXT.slice(r.start, r.end), method: r.method } : r))).toEqual(expected)
  })

  it('re-anchors 100 edited selectors fuzzily over the edited passages', () => {
    // Every tenth range gets ' very' inserted after its tenth unit, shifting later text by 5 units per edit.
    const edited = spans.filter((_, i) => i % 10 === 0)
    let text = ''
    let cursor = 0
    const expected = edited.map(([start, end], i) => {
      text += TEXT.slice(cursor, start + 10) + ' very'
      cursor = start + 10
      return { start: start + 5 * i, end: end + 5 * (i + 1), method: 'fuzzy' }
    })
    text += TEXT.slice(cursor)
    const results = edited.map(([start, end]) => anchor(text, describeRange(TEXT, start, end)))
    expect(results.map((r) => (r.status === 'anchored' ? { start: r.start, end: r.end, method: r.method } : r))).toEqual(expected)
  })
})
