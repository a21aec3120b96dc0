import type { Api } from '../../shared/contract/calls'
import type { PlacedHighlight } from '../../shared/model'
import type { PaneLayout } from '../../shared/workspace'
import { AnalysisState } from './analysis.svelte'
import type { AnnotationsState } from './annotations.svelte'
import { FindState } from './find.svelte'
import { ReaderState } from './reader.svelte'

let nextKey = 1

/** One reader pane: its document and that document's annotations, its width, and where it is scrolled to. */
export class PaneState {
  /** Stays with the pane when panes are reordered, so Svelte moves its reader rather than rebuilding it. */
  readonly key = nextKey++
  readonly reader: ReaderState
  readonly analysis: AnalysisState
  readonly find = new FindState()
  /** The annotations of the document the pane shows or is opening: the same object in every pane showing it. */
  annotations = $state.raw<AnnotationsState | null>(null)
  /** The document the pane shows or is opening. */
  readonly documentId = $derived(this.annotations?.documentId ?? null)
  readonly active = $derived(this.annotations?.highlights.find((h) => h.id === this.activeId) ?? null)
  /** A passage marked after a jump to it (a search result), until the pane opens another document. */
  marked = $state.raw<{ start: number; end: number } | null>(null)
  /**
   * Under Lock scroll, the pane that led the last scroll when nothing in view there has a counterpart here, so this
   * pane stayed where it was; null once a scroll brings it along again.
   */
  unfollowed = $state.raw<PaneState | null>(null)
  /** The pane's share of the width, relative to the others. */
  size = $state(1)
  /** The text offset at the top of the pane; kept as text rather than pixels so it survives a new window size. */
  scrollOffset = $state(0)
  /** The reader's scrolling box and text, once shown: locked scrolling measures and moves them. */
  view: { scroller: HTMLElement; text: HTMLElement } | null = null
  /**
   * Until this time (performance.now()) a scroll here is the reader's own, from the wheel, the keyboard, a touch or
   * the scroll bar, and may drive the other panes. Scrolls that follow another pane, or that the browser makes when
   * content above changes size, come outside it and drive nothing.
   */
  userScrollUntil = 0
  /** How many times a highlight was picked here (clicked, made, opened from a list): the notes panel shows its card each time. */
  picks = $state(0)

  constructor(api: Api, layout?: PaneLayout) {
    this.reader = new ReaderState(api)
    this.analysis = new AnalysisState(api)
    this.size = layout?.size ?? 1
    this.scrollOffset = layout?.scrollOffset ?? 0
  }

  /** The highlight whose card is open here: each pane has its own, closed when the highlight goes. */
  get activeId(): string | null {
    return this.annotations?.activeIn(this.key) ?? null
  }

  set activeId(id: string | null) {
    this.annotations?.setActive(this.key, id)
    if (id !== null) this.picks += 1
  }

  /** Shows a document's annotations; another document than before starts at its top, with find closed. */
  show(annotations: AnnotationsState): void {
    if (annotations.documentId !== this.documentId) {
      this.scrollOffset = 0
      this.find.close()
    }
    this.annotations = annotations
  }

  /** The highlights to paint: none while the reader still shows the document it had before. */
  get highlights(): PlacedHighlight[] {
    const annotations = this.annotations
    return annotations && annotations.documentId === this.reader.current?.meta.id ? annotations.highlights : []
  }

  /** Highlights covering a UTF-16 offset, innermost first, so the one clicked on is the one most likely meant. */
  highlightsAt(offset: number): PlacedHighlight[] {
    return (this.annotations?.placed ?? [])
      .filter((h) => h.range!.start <= offset && offset < h.range!.end)
      .sort((a, b) => a.range!.end - a.range!.start - (b.range!.end - b.range!.start))
  }

  layout(): PaneLayout {
    return { documentId: this.documentId, size: this.size, scrollOffset: this.scrollOffset }
  }

  clear(): void {
    this.annotations = null
    this.scrollOffset = 0
    this.reader.close()
    this.analysis.clear()
    this.find.close()
    this.marked = null
  }
}
