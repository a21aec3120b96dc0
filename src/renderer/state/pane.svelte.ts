import type { PaneLayout } from '../../shared/workspace'
import { AnalysisState } from './analysis.svelte'
import { AnnotationsState } from './annotations.svelte'
import { FindState } from './find.svelte'
import { ReaderState } from './reader.svelte'

let nextKey = 1

/** One reader pane: its document and that document's annotations, its width, and where it is scrolled to. */
export class PaneState {
  /** Stays with the pane when panes are reordered, so Svelte moves its reader rather than rebuilding it. */
  readonly key = nextKey++
  readonly reader = new ReaderState()
  readonly annotations = new AnnotationsState()
  readonly analysis = new AnalysisState()
  readonly find = new FindState()
  /** A passage marked after a jump to it (a search result), until the pane opens another document. */
  marked = $state.raw<{ start: number; end: number } | null>(null)
  /** The document the pane shows or is opening. */
  documentId = $state<string | null>(null)
  /** The pane's share of the width, relative to the others. */
  size = $state(1)
  /** The text offset at the top of the pane; kept as text rather than pixels so it survives a new window size. */
  scrollOffset = 0
  /** The reader's scrolling box and text, once shown: locked scrolling measures and moves them. */
  view: { scroller: HTMLElement; text: HTMLElement } | null = null
  /**
   * Until this time (performance.now()) a scroll here is the reader's own, from the wheel, the keyboard, a touch or
   * the scroll bar, and may drive the other panes. Scrolls that follow another pane, or that the browser makes when
   * content above changes size, come outside it and drive nothing.
   */
  userScrollUntil = 0

  constructor(layout?: PaneLayout) {
    this.size = layout?.size ?? 1
    this.scrollOffset = layout?.scrollOffset ?? 0
  }

  layout(): PaneLayout {
    return { documentId: this.documentId, size: this.size, scrollOffset: this.scrollOffset }
  }

  clear(): void {
    this.documentId = null
    this.scrollOffset = 0
    this.reader.close()
    this.annotations.clear()
    this.analysis.clear()
    this.find.close()
    this.marked = null
  }
}
