import { describe, expect, it } from 'vitest'
import type { PlacedHighlight } from '../../../../src/shared/model'
import { overlaps } from '../../../../src/renderer/reader/highlight-painter'

function at(start: number, end: number): PlacedHighlight {
  return { range: { start, end } } as PlacedHighlight
}

describe('overlaps', () => {
  it('finds the stretch two highlights share', () => {
    expect(overlaps([at(0, 10), at(5, 15)])).toEqual([{ start: 5, end: 10 }])
  })

  it('finds a nested highlight whole, and joins stretches that touch', () => {
    expect(overlaps([at(0, 20), at(5, 8), at(8, 12)])).toEqual([{ start: 5, end: 12 }])
  })

  it('finds nothing where highlights only meet, or stand alone, and ignores orphans', () => {
    expect(overlaps([at(0, 5), at(5, 9), { range: null } as PlacedHighlight])).toEqual([])
  })
})
