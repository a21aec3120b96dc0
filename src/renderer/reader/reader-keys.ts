import type { Attachment } from 'svelte/attachments'
import type { TextBlock } from '../../shared/text'
import type { NavigationController } from '../state/navigation'
import type { PaneState } from '../state/pane.svelte'
import { sentenceAfter, sentenceBefore } from './sentences'
import { blockIndexAt, blockStartAt, rangesFor, selectionOffsets } from './text-offsets'

/** What the reader's keys act on; read when a key is pressed, so the text may change under them. */
export interface ReaderKeys {
  pane: PaneState
  navigation: NavigationController
  text: () => string
  blocks: () => readonly TextBlock[]
  /** The text offset under the pointer, if it is over the text. */
  pointerOffset: () => number | null
  /** Offers to highlight the selection, from the keyboard. */
  highlight: () => void
}

/**
 * The reader's keys, on its text: J and K select the next or the previous sentence (Shift extends the selection),
 * H offers to highlight the selection, A brings the other panes to the passage selected, under the pointer or at
 * the top, and Escape closes the highlight's card.
 */
export function readerKeys(keys: ReaderKeys): Attachment<HTMLElement> {
  return (container) => {
    const onkeydown = (event: KeyboardEvent) => press(container, keys, event)
    container.addEventListener('keydown', onkeydown)
    return () => container.removeEventListener('keydown', onkeydown)
  }
}

function press(container: HTMLElement, { pane, navigation, text, blocks, pointerOffset, highlight }: ReaderKeys, event: KeyboardEvent): void {
  if (event.ctrlKey || event.metaKey || event.altKey) return
  const current = selectionOffsets(container)
  const key = event.key.toLowerCase()
  if (key === 'j' || key === 'k') {
    event.preventDefault()
    const from = key === 'j' ? (current?.end ?? 0) : (current?.start ?? text().length)
    const next = key === 'j' ? sentenceAfter(text(), blocks(), from) : sentenceBefore(text(), blocks(), from)
    if (!next) return
    if (event.shiftKey && current) select(container, blocks(), Math.min(current.start, next.start), Math.max(current.end, next.end))
    else select(container, blocks(), next.start, next.end)
  } else if (key === 'h' && current) {
    event.preventDefault()
    highlight()
  } else if (key === 'a') {
    event.preventDefault()
    const offset = current?.start ?? pointerOffset() ?? (pane.view && blockStartAt(pane.view.scroller))
    if (offset !== null && offset !== undefined) navigation.bringCounterparts(pane, offset)
  } else if (event.key === 'Escape') {
    pane.activeId = null
  }
}

/** Selects a sentence range as the DOM selection, so the keyboard flow shows what a mouse selection would. */
function select(container: HTMLElement, blocks: readonly TextBlock[], start: number, end: number): void {
  const ranges = rangesFor(container, blocks, start, end)
  const first = ranges[0]
  const last = ranges.at(-1)
  if (!first || !last) return
  window.getSelection()?.setBaseAndExtent(first.startContainer, first.startOffset, last.endContainer, last.endOffset)
  container.children[blockIndexAt(blocks, end)]?.scrollIntoView({ block: 'nearest' })
}
