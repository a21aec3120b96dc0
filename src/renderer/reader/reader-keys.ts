import type { Attachment } from 'svelte/attachments'
import type { TextBlock } from '../../shared/text'
import type { NavigationController } from '../state/navigation'
import type { PaneState } from '../state/pane.svelte'
import { sentenceAfter, sentenceAround, sentenceBefore, type HiddenBlock, type Sentence } from './sentences'
import { blockIndexAt, blockStartAt, caretOffset, rangesFor, selectionOffsets } from './text-offsets'

/** What the reader's keys act on; read when a key is pressed, so the text may change under them. */
export interface ReaderKeys {
  pane: PaneState
  navigation: NavigationController
  text: () => string
  blocks: () => readonly TextBlock[]
  /** Blocks folded away, which J and K pass over. */
  hidden: HiddenBlock
  /** The text offset under the pointer, if it is over the text. */
  pointerOffset: () => number | null
  /** Offers to highlight the selection, from the keyboard. */
  highlight: () => void
}

/**
 * The reader's keys, on its text: J and K select the next or the previous sentence (Shift extends the selection);
 * with nothing selected, the sentence at the caret, or else the first one in view. Folded text is passed over.
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

function press(container: HTMLElement, keys: ReaderKeys, event: KeyboardEvent): void {
  if (event.ctrlKey || event.metaKey || event.altKey) return
  const { pane, navigation, highlight } = keys
  const current = selectionOffsets(container)
  const key = event.key.toLowerCase()
  if (key === 'j' || key === 'k') {
    event.preventDefault()
    const next = current ? step(keys, current, key === 'j') : startingSentence(container, keys, key === 'j')
    if (!next) return
    if (event.shiftKey && current) select(container, keys.blocks(), Math.min(current.start, next.start), Math.max(current.end, next.end))
    else select(container, keys.blocks(), next.start, next.end)
  } else if (key === 'h' && current) {
    event.preventDefault()
    highlight()
  } else if (key === 'a') {
    event.preventDefault()
    const offset = current?.start ?? keys.pointerOffset() ?? (pane.view && blockStartAt(pane.view.scroller))
    if (offset !== null && offset !== undefined) navigation.bringCounterparts(pane, offset)
  } else if (event.key === 'Escape') {
    pane.activeId = null
  }
}

function step({ text, blocks, hidden }: ReaderKeys, current: Sentence, forward: boolean): Sentence | null {
  return forward ? sentenceAfter(text(), blocks(), current.end, hidden) : sentenceBefore(text(), blocks(), current.start, hidden)
}

/**
 * Where J or K start with nothing selected: the sentence the caret is in, or else the next (J) or the previous (K)
 * one, so after a highlight J goes on past it; with no caret, the first sentence in view: the first whose first line
 * shows at least half its height. Focusing the text scrolls its top to the top of the reader, where the headline's
 * first line can sit a fraction of a pixel above the edge once fonts and layout settle.
 */
function startingSentence(container: HTMLElement, { text, blocks, hidden, pane }: ReaderKeys, forward: boolean): Sentence | null {
  const caret = caretOffset(container)
  if (caret !== null) {
    const inside = sentenceAround(text(), blocks(), caret, hidden)
    if (inside && (forward || inside.start < caret)) return inside
    return forward ? sentenceAfter(text(), blocks(), caret, hidden) : sentenceBefore(text(), blocks(), caret, hidden)
  }
  const scroller = pane.view?.scroller
  const top = scroller?.getBoundingClientRect().top ?? -Infinity
  for (let next = sentenceAfter(text(), blocks(), (scroller && blockStartAt(scroller)) ?? 0, hidden); next; next = sentenceAfter(text(), blocks(), next.end, hidden)) {
    const [first] = rangesFor(container, blocks(), next.start, next.end)
    const line = first?.getClientRects()[0]
    if (!line || (line.top + line.bottom) / 2 >= top) return next
  }
  return null
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
