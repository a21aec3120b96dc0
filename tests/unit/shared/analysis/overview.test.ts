import { describe, expect, it } from 'vitest'
import { alignDocument, findBoilerplate, overviewOf, type Passage } from '../../../../src/shared/analysis'
import { seed, seedIndex, spanOf } from './seeds'

function passage(start: number, end: number, carriers: number): Passage {
  return { start, end, carriers, counterparts: [], furniture: 0 }
}

describe('overviewOf', () => {
  it('cuts the text into equal stretches with the shares of shared, unique and boilerplate characters', () => {
    const strip = overviewOf(100, [passage(0, 25, 3), passage(25, 50, 1)], [{ start: 50, end: 100, reason: 'comments' }], 4)
    expect(strip).toEqual([
      { start: 0, end: 25, shared: 1, unique: 0, boilerplate: 0, carriers: 3 },
      { start: 25, end: 50, shared: 0, unique: 1, boilerplate: 0, carriers: 1 },
      { start: 50, end: 75, shared: 0, unique: 0, boilerplate: 1, carriers: 0 },
      { start: 75, end: 100, shared: 0, unique: 0, boilerplate: 1, carriers: 0 }
    ])
  })

  it('splits a passage across the stretches it spans', () => {
    const [first, second] = overviewOf(10, [passage(3, 7, 2)], [], 2)
    expect(first).toMatchObject({ shared: 0.4, carriers: 2 })
    expect(second).toMatchObject({ shared: 0.4, carriers: 2 })
  })

  it('shows where 000’s shared passages and its boilerplate lie', () => {
    const index = seedIndex()
    const text = seed('000')
    const strip = overviewOf(text.length, alignDocument(index, index.get('000')!).sentences, findBoilerplate(text))
    // The site header (lines 1–10, about 100 characters) fills most of the first stretch; the comment section closes the text.
    expect(strip[0]!.boilerplate).toBeGreaterThan(0.5)
    expect(strip.at(-1)!.boilerplate).toBe(1)
    // Line 32, "Hamas never really wanted a deal.", is carried by 001 too.
    const { start } = spanOf('000', 'Hamas never really wanted a deal.')
    const bucket = strip.find((b) => b.start <= start && start < b.end)!
    expect(bucket.shared).toBeGreaterThan(0)
    expect(bucket.carriers).toBe(2)
    for (const b of strip) expect(b.shared + b.unique + b.boilerplate).toBeLessThanOrEqual(1 + 1e-9)
  })
})
