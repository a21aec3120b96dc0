import type { TextBlock } from '../../shared/text'
import { sentencesOf } from '../../shared/sentence-segmenter'
import { blockIndexAt } from './text-offsets'

export interface Sentence {
  start: number
  end: number
}

/** Whether the reader keeps a block out of J/K's reach: boilerplate folded away, whose text the reader cannot see. */
export type HiddenBlock = (index: number) => boolean

/** The first sentence starting at or after `offset`, across the blocks that are not hidden. */
export function sentenceAfter(text: string, blocks: readonly TextBlock[], offset: number, hidden: HiddenBlock): Sentence | null {
  for (let index = blockIndexAt(blocks, offset); index < blocks.length; index++) {
    if (hidden(index)) continue
    const block = blocks[index]!
    const found = sentencesOf(text, block.start, block.end).find((s) => s.start >= offset)
    if (found) return found
  }
  return null
}

/** The last sentence ending at or before `offset`, across the blocks that are not hidden. */
export function sentenceBefore(text: string, blocks: readonly TextBlock[], offset: number, hidden: HiddenBlock): Sentence | null {
  for (let index = blockIndexAt(blocks, offset); index >= 0; index--) {
    if (hidden(index)) continue
    const block = blocks[index]!
    const found = sentencesOf(text, block.start, block.end).findLast((s) => s.end <= offset && s.start < offset)
    if (found) return found
  }
  return null
}

/** The sentence holding `offset` (at its first character or inside it, not just after it), if its block is not hidden. */
export function sentenceAround(text: string, blocks: readonly TextBlock[], offset: number, hidden: HiddenBlock): Sentence | null {
  const index = blockIndexAt(blocks, offset)
  const block = blocks[index]
  if (!block || hidden(index)) return null
  return sentencesOf(text, block.start, block.end).find((s) => s.start <= offset && offset < s.end) ?? null
}
