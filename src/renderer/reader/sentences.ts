import type { TextBlock } from '../../shared/text'
import { blockIndexAt } from './text-offsets'

const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' })

/** The sentences of one block, as text offsets without trailing white space. Blocks are short, so segmenting one is cheap. */
function sentencesOf(text: string, block: TextBlock): { start: number; end: number }[] {
  const body = text.slice(block.start, block.end)
  return [...segmenter.segment(body)]
    .map((s) => ({ start: block.start + s.index, end: block.start + s.index + s.segment.trimEnd().length }))
    .filter((s) => s.end > s.start)
}

/** The first sentence starting at or after `offset`, across blocks. */
export function sentenceAfter(text: string, blocks: readonly TextBlock[], offset: number): { start: number; end: number } | null {
  for (let index = blockIndexAt(blocks, offset); index < blocks.length; index++) {
    const found = sentencesOf(text, blocks[index]!).find((s) => s.start >= offset)
    if (found) return found
  }
  return null
}

/** The last sentence ending at or before `offset`, across blocks. */
export function sentenceBefore(text: string, blocks: readonly TextBlock[], offset: number): { start: number; end: number } | null {
  for (let index = blockIndexAt(blocks, offset); index >= 0; index--) {
    const found = sentencesOf(text, blocks[index]!).findLast((s) => s.end <= offset && s.start < offset)
    if (found) return found
  }
  return null
}
