import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { TextBlock } from '../../../../src/shared/text'
import { clearLayers, paintLayers } from '../../../../src/renderer/reader/highlight-painter'

/** Just enough of the page for the painter: blocks as children holding one text node, ranges, and the highlight registry. */
class FakeHighlight {
  readonly ranges: unknown[] = []
  add(range: unknown) {
    this.ranges.push(range)
  }
}

function fakeText(blocks: readonly TextBlock[]): HTMLElement {
  return { children: blocks.map((block) => ({ firstChild: { block } })) } as unknown as HTMLElement
}

const BLOCKS: TextBlock[] = [
  { start: 0, end: 10 },
  { start: 10, end: 20 },
  { start: 20, end: 30 }
]

describe('paintLayers', () => {
  let registry: Map<string, FakeHighlight>
  beforeEach(() => {
    registry = new Map()
    vi.stubGlobal('Highlight', FakeHighlight)
    vi.stubGlobal('CSS', { highlights: registry })
    vi.stubGlobal('document', { createRange: () => ({ setStart: () => undefined, setEnd: () => undefined }) })
  })
  afterEach(() => vi.unstubAllGlobals())

  it('paints a span as one range per block it crosses, and repaints only the layers whose spans changed', () => {
    const text = fakeText(BLOCKS)
    paintLayers(text, BLOCKS, [
      { name: 'find', spans: [{ start: 5, end: 15 }] },
      { name: 'passage', spans: [{ start: 0, end: 4 }] }
    ])
    const find = registry.get('find')
    expect(find?.ranges).toHaveLength(2)
    expect(registry.get('passage')?.ranges).toHaveLength(1)
    paintLayers(text, BLOCKS, [
      { name: 'find', spans: [{ start: 5, end: 15 }] },
      { name: 'passage', spans: [{ start: 22, end: 25 }] }
    ])
    expect(registry.get('find')).toBe(find)
    expect(registry.get('passage')?.ranges).toHaveLength(1)
    clearLayers(text)
  })

  it('repaints, once more of the text is rendered, only the layers that reach into it', () => {
    const text = fakeText(BLOCKS)
    const layers = [
      { name: 'find', spans: [{ start: 2, end: 4 }] },
      { name: 'marked', spans: [{ start: 8, end: 25 }] }
    ]
    paintLayers(text, BLOCKS.slice(0, 1), layers)
    const find = registry.get('find')
    expect(registry.get('marked')?.ranges).toHaveLength(1)
    paintLayers(text, BLOCKS, layers)
    expect(registry.get('find')).toBe(find)
    expect(registry.get('marked')?.ranges).toHaveLength(3)
    paintLayers(text, [...BLOCKS.map((block) => ({ ...block }))], layers)
    expect(registry.get('find')).not.toBe(find)
    clearLayers(text)
  })

  it('keeps the other panes’ marks when one pane is cleared', () => {
    const left = fakeText(BLOCKS)
    const right = fakeText(BLOCKS)
    paintLayers(left, BLOCKS, [{ name: 'hl-0', spans: [{ start: 0, end: 5 }] }])
    paintLayers(right, BLOCKS, [{ name: 'hl-0', spans: [{ start: 0, end: 25 }] }])
    expect(registry.get('hl-0')?.ranges).toHaveLength(4)
    clearLayers(right)
    expect(registry.get('hl-0')?.ranges).toHaveLength(1)
    clearLayers(left)
    expect(registry.get('hl-0')?.ranges).toHaveLength(0)
  })
})
