import { describe, expect, it } from 'vitest'
import { listPassages, passageAt, passageCount } from '../../../../src/shared/analysis/passage-list'
import type { Passage } from '../../../../src/shared/analysis/types'

const onlyHere: Passage = { start: 0, end: 10, carriers: 1, counterparts: [], furniture: 0 }
const shared: Passage = { start: 12, end: 20, carriers: 2, counterparts: [{ documentId: 'b', start: 3, end: 9, score: 0.8, shared: 4 }], furniture: 0 }
const furniture: Passage = { start: 25, end: 30, carriers: 1, counterparts: [], furniture: 2 }

describe('a packed passage list', () => {
  const list = listPassages([onlyHere, shared, furniture])

  it('keeps every span as numbers and only the passages found elsewhere as objects', () => {
    expect(list.spans).toEqual([0, 10, 12, 20, 25, 30])
    expect(list.found).toEqual([{ ...shared, index: 1 }, { ...furniture, index: 2 }])
    expect(passageCount(list)).toBe(3)
  })

  it('gives back the passage at an offset as it was, and none between passages or outside them', () => {
    expect(passageAt(list, 0)).toEqual(onlyHere)
    expect(passageAt(list, 9)).toEqual(onlyHere)
    expect(passageAt(list, 10)).toBeNull()
    expect(passageAt(list, 12)).toMatchObject(shared)
    expect(passageAt(list, 27)).toMatchObject(furniture)
    expect(passageAt(list, 30)).toBeNull()
    expect(passageAt(list, -1)).toBeNull()
    expect(passageAt(listPassages([]), 0)).toBeNull()
  })

  it('is a fraction of the size of the passages as objects for a long text found nowhere else', () => {
    const passages = Array.from({ length: 100_000 }, (_, i): Passage => ({ start: i * 100, end: i * 100 + 90, carriers: 1, counterparts: [], furniture: 0 }))
    expect(JSON.stringify(listPassages(passages)).length * 3).toBeLessThan(JSON.stringify(passages).length)
  })
})
