import { describe, expect, it } from 'vitest'
import { partitionPoint } from '../../../src/shared/partition-point'

describe('partitionPoint', () => {
  it('counts the leading indices for which the predicate holds', () => {
    expect(partitionPoint(0, () => true)).toBe(0)
    expect(partitionPoint(5, () => true)).toBe(5)
    expect(partitionPoint(5, () => false)).toBe(0)
    const starts = [0, 10, 10, 25, 40]
    expect(partitionPoint(starts.length, (i) => starts[i]! <= 10)).toBe(3)
    expect(partitionPoint(starts.length, (i) => starts[i]! < 10)).toBe(1)
  })

  it('agrees with a scan from the start on sorted lists of every length up to 40', () => {
    for (let length = 0; length <= 40; length++) {
      const sorted = Array.from({ length }, (_, i) => Math.floor(i / 3))
      for (let value = -1; value <= 15; value++) {
        const scanned = sorted.findIndex((item) => item >= value)
        expect(partitionPoint(length, (i) => sorted[i]! < value)).toBe(scanned === -1 ? length : scanned)
      }
    }
  })
})
