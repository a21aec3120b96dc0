import { partitionPoint } from '../../shared/partition-point'
import type { TextBlock } from '../../shared/text'

/**
 * The reader renders each block of the canonical text as one element holding one text node, in order, so a DOM
 * position maps to a text offset as the block's start plus the offset inside its text node, and back.
 */

/** Index of the block holding `offset`, or of the last block starting before it. */
export function blockIndexAt(blocks: readonly TextBlock[], offset: number): number {
  return Math.max(0, partitionPoint(blocks.length, (i) => blocks[i]!.start <= offset) - 1)
}

/** The text offset of a DOM position inside the reader's text, or null when it lies outside. */
function offsetOf(container: HTMLElement, node: Node, nodeOffset: number): number | null {
  const block = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest<HTMLElement>('[data-start]')
  if (!block || !container.contains(block)) return null
  const start = Number(block.dataset.start)
  if (node.nodeType === Node.TEXT_NODE) return start + nodeOffset
  // A position between elements: before the block's text, or after it.
  return nodeOffset === 0 ? start : start + (block.textContent?.length ?? 0)
}

/** The user's selection as text offsets, if it lies in the reader's text and is not empty. */
export function selectionOffsets(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection()
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null
  const range = selection.getRangeAt(0)
  const start = offsetOf(container, range.startContainer, range.startOffset)
  const end = offsetOf(container, range.endContainer, range.endOffset)
  if (start === null || end === null || start >= end) return null
  return { start, end }
}

/** The caret's text offset, when the selection is collapsed inside the reader's text (after a click, say). */
export function caretOffset(container: HTMLElement): number | null {
  const selection = window.getSelection()
  if (!selection?.isCollapsed || selection.rangeCount === 0 || !selection.anchorNode) return null
  return offsetOf(container, selection.anchorNode, selection.anchorOffset)
}

/** DOM ranges covering the text offsets [start, end): one per block the span crosses. */
export function rangesFor(container: HTMLElement, blocks: readonly TextBlock[], start: number, end: number): Range[] {
  const ranges: Range[] = []
  for (let index = blockIndexAt(blocks, start); index < blocks.length; index++) {
    const block = blocks[index]!
    if (block.start >= end) break
    const text = container.children[index]?.firstChild
    if (!text || block.end <= start) continue
    const range = document.createRange()
    range.setStart(text, Math.max(start, block.start) - block.start)
    range.setEnd(text, Math.min(end, block.end) - block.start)
    ranges.push(range)
  }
  return ranges
}

/** The text offset under a point on screen, for clicks on painted highlights. */
export function offsetAtPoint(container: HTMLElement, x: number, y: number): number | null {
  const caret = document.caretPositionFromPoint?.(x, y)
  if (caret) return offsetOf(container, caret.offsetNode, caret.offset)
  return null
}

/**
 * The start of the first block whose bottom lies below the height `y` on screen (by default the top of the scrolled
 * reader), found by bisection over the rendered blocks; 0 while the top of the document is in view there.
 */
export function blockStartAt(scroller: HTMLElement, y = scroller.getBoundingClientRect().top): number | null {
  const blocks = scroller.querySelectorAll<HTMLElement>('[data-start]')
  const found = partitionPoint(blocks.length, (i) => blocks[i]!.getBoundingClientRect().bottom <= y)
  if (found === blocks.length) return null
  return found === 0 ? 0 : Number(blocks[found]!.dataset.start)
}
