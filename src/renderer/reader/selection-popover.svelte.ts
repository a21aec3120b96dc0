import type { Attachment } from 'svelte/attachments'
import type { Span } from '../../shared/analysis/types'
import { selectionOffsets } from './text-offsets'

/** The popover that offers to highlight the reader's selection: what it would highlight and where it stands. */
export class SelectionPopoverState {
  /** Null while closed; `keyboard` when opened from the keyboard, so its first choice takes focus. */
  current = $state.raw<{ start: number; end: number; x: number; y: number; keyboard: boolean } | null>(null)

  /** Opens above the selection in the reader's text, if there is one. */
  open(container: HTMLElement, keyboard: boolean): void {
    const offsets = selectionOffsets(container)
    const rect = window.getSelection()?.getRangeAt(0).getBoundingClientRect()
    if (!offsets || !rect) return
    this.current = { ...offsets, x: rect.left + rect.width / 2, y: Math.max(rect.top, 60), keyboard }
  }

  /**
   * Closes on a choice, and gives the span to highlight; the selection gives way to a caret at its end, as the
   * highlight now shows it and J goes on from there.
   */
  take(): Span | null {
    const span = this.current
    if (!span) return null
    this.current = null
    window.getSelection()?.collapseToEnd()
    return { start: span.start, end: span.end }
  }

  close(): void {
    this.current = null
  }

  /** On the reader's text: opens on a selection made with the mouse, as its button lets go. */
  readonly opensOnMouseSelection: Attachment<HTMLElement> = (container) => {
    const onmouseup = () => {
      if (selectionOffsets(container)) this.open(container, false)
    }
    container.addEventListener('mouseup', onmouseup)
    return () => container.removeEventListener('mouseup', onmouseup)
  }
}
