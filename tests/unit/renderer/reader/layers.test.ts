import { describe, expect, it } from 'vitest'
import { MAX_CATEGORIES } from '../../../../src/shared/categories'
import type { PlacedHighlight } from '../../../../src/shared/model'
import { highlightLayers, overlaps } from '../../../../src/renderer/reader/layers'

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
