import { MAX_CATEGORIES } from '../../shared/categories'
import type { Span } from '../../shared/analysis/types'
import type { PlacedHighlight } from '../../shared/model'
import type { TextBlock } from '../../shared/text'
import { blockIndexAt } from './text-offsets'

/** One named mark the reader paints over its text (a category's highlights, find matches), as text spans. */
export interface Layer {
  name: string
  spans: readonly Span[]
}

const SLOTS = Array.from({ length: MAX_CATEGORIES }, (_, slot) => `hl-${slot}`)

/**
 * The highlight layers: each category paints through the slot of its place in the palette, stretches under two
 * highlights or more get a mark of their own, and the open card's highlight gets an outline. Every slot is listed,
 * empty or not, so a category left with no highlight is cleared.
 */
export function highlightLayers(highlights: readonly PlacedHighlight[], slotOf: (categoryId: string) => number, activeId: string | null): Layer[] {
  const bySlot = SLOTS.map((): Span[] => [])
  const active: Span[] = []
  for (const h of highlights) {
    if (!h.range) continue
    const slot = slotOf(h.categoryId)
    bySlot[slot >= 0 ? slot : 0]!.push(h.range)
    if (h.id === activeId) active.push(h.range)
  }
  const slots = SLOTS.map((name, slot) => ({ name, spans: bySlot[slot]! }))
  return [...slots, { name: 'hl-overlap', spans: overlaps(highlights) }, { name: 'hl-active', spans: active }]
}

/**
 * The stretches of text under two highlights or more. Two highlights of one colour would otherwise paint as one,
 * so these stretches get a mark of their own and a nested highlight stays visible.
 */
export function overlaps(highlights: readonly PlacedHighlight[]): Span[] {
  const edges: [number, number][] = []
  for (const h of highlights) if (h.range) edges.push([h.range.start, 1], [h.range.end, -1])
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const spans: Span[] = []
  let depth = 0
  let from = 0
  for (const [at, step] of edges) {
    if (depth >= 2 && at > from) {
      const last = spans.at(-1)
      if (last && last.end === from) last.end = at
      else spans.push({ start: from, end: at })
    }
    depth += step
    from = at
  }
  return spans
}

/**
 * The letters of the categories highlighted in each block, keyed by the block's start, in the order their highlights
 * start: the reader shows them in the margin, so a highlight's category is told without its colour.
 */
export function marginLetters(highlights: readonly PlacedHighlight[], blocks: readonly TextBlock[], letterOf: (categoryId: string) => string | undefined): Map<number, string> {
  const byBlock = new Map<number, string[]>()
  const shownEnd = blocks.at(-1)?.end ?? 0
  const placed = highlights.filter((h) => h.range && h.range.start < shownEnd).sort((a, b) => a.range!.start - b.range!.start)
  for (const { range, categoryId } of placed) {
    const letter = letterOf(categoryId)
    if (!letter || !range) continue
    for (let index = blockIndexAt(blocks, range.start); index < blocks.length && blocks[index]!.start < range.end; index++) {
      const letters = byBlock.get(blocks[index]!.start) ?? []
      if (!letters.includes(letter)) byBlock.set(blocks[index]!.start, [...letters, letter])
    }
  }
  return new Map([...byBlock].map(([start, letters]) => [start, letters.join('\n')]))
}
