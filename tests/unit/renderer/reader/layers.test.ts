import { describe, expect, it } from 'vitest'
import { MAX_CATEGORIES } from '../../../../src/shared/categories'
import type { PlacedHighlight } from '../../../../src/shared/model'
import { highlightLayers, marginLetters, overlaps } from '../../../../src/renderer/reader/layers'

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

describe('highlightLayers', () => {
  const highlight = (id: string, categoryId: string, start: number, end: number) => ({ id, categoryId, range: { start, end } }) as PlacedHighlight
  const slotOf = (categoryId: string) => ['idea', 'quote'].indexOf(categoryId)
  const spansOf = (layers: ReturnType<typeof highlightLayers>, name: string) => layers.find((layer) => layer.name === name)?.spans

  it("paints each highlight through its category's slot, the open one outlined and shared stretches marked", () => {
    const layers = highlightLayers([highlight('a', 'idea', 0, 10), highlight('b', 'quote', 5, 15)], slotOf, 'b')
    expect(spansOf(layers, 'hl-0')).toEqual([{ start: 0, end: 10 }])
    expect(spansOf(layers, 'hl-1')).toEqual([{ start: 5, end: 15 }])
    expect(spansOf(layers, 'hl-overlap')).toEqual([{ start: 5, end: 10 }])
    expect(spansOf(layers, 'hl-active')).toEqual([{ start: 5, end: 15 }])
  })

  it('lists every slot, empty ones too, so a category left without highlights is cleared; an unknown category paints as the first', () => {
    const layers = highlightLayers([highlight('a', 'gone', 2, 4), { id: 'o', categoryId: 'idea', range: null } as PlacedHighlight], slotOf, null)
    expect(spansOf(layers, 'hl-0')).toEqual([{ start: 2, end: 4 }])
    expect(spansOf(layers, 'hl-1')).toEqual([])
    expect(spansOf(layers, 'hl-active')).toEqual([])
    expect(layers.filter((layer) => layer.name.startsWith('hl-') && /\d$/.test(layer.name))).toHaveLength(MAX_CATEGORIES)
  })
})

describe('marginLetters', () => {
  const blocks = [
    { start: 0, end: 10 },
    { start: 10, end: 20 },
    { start: 20, end: 30 }
  ]
  const highlight = (categoryId: string, start: number, end: number) => ({ categoryId, range: { start, end } }) as PlacedHighlight
  const letterOf = (categoryId: string) => ({ claim: 'C', quote: 'Q' })[categoryId]

  it('gives each block the letters of its categories once each, in the order their highlights start', () => {
    const letters = marginLetters([highlight('quote', 6, 8), highlight('claim', 1, 3), highlight('quote', 4, 5)], blocks, letterOf)
    expect([...letters]).toEqual([[0, 'C\nQ']])
  })

  it('marks every block a highlight runs through, and no block for an orphan or an unknown category', () => {
    const orphan = { categoryId: 'claim', range: null } as PlacedHighlight
    const letters = marginLetters([highlight('claim', 5, 25), highlight('gone', 21, 22), orphan], blocks, letterOf)
    expect([...letters]).toEqual([
      [0, 'C'],
      [10, 'C'],
      [20, 'C']
    ])
  })

  it('leaves out a highlight past the blocks on the page so far', () => {
    expect([...marginLetters([highlight('claim', 2, 4), highlight('quote', 30, 35)], blocks, letterOf)]).toEqual([[0, 'C']])
  })

  it('leaves out a block a highlight only ends at', () => {
    expect([...marginLetters([highlight('claim', 2, 10)], blocks, letterOf)]).toEqual([[0, 'C']])
  })
})
