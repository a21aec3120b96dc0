import type { TextBlock } from '../../shared/text'
import { sentencesOf } from '../../shared/sentence-segmenter'
import { blockIndexAt } from './text-offsets'

/** The first sentence starting at or after `offset`, across blocks. */
export function sentenceAfter(text: string, blocks: readonly TextBlock[], offset: number): { start: number; end: number } | null {
  for (let index = blockIndexAt(blocks, offset); index < blocks.length; index++) {
    const block = blocks[index]!
    const found = sentencesOf(text, block.start, block.end).find((s) => s.start >= offset)
    if (found) return found
  }
  return null
}

/** The last sentence ending at or before `offset`, across blocks. */
export function sentenceBefore(text: string, blocks: readonly TextBlock[], offset: number): { start: number; end: number } | null {
  for (let index = blockIndexAt(blocks, offset); index >= 0; index--) {
    const block = blocks[index]!
    const found = sentencesOf(text, block.start, block.end).findLast((s) => s.end <= offset && s.start < offset)
    if (found) return found
  }
  return null
}
