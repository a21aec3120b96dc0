import type { Counterpart } from '../../shared/analysis/types'
import type { Api } from '../../shared/contract/calls'
import { MAX_PANES, type WorkspaceLayout } from '../../shared/workspace'
import type { AnnotationsState } from './annotations.svelte'
import { PaneState } from './pane.svelte'

/** The reader panes side by side: their order, which one has focus, and the switches that apply to all of them. */
export class WorkspaceState {
  panes = $state.raw<PaneState[]>([])
  focusedIndex = $state(0)
  lockScroll = $state(true)
  showBoilerplate = $state(false)
  showLibrary = $state(true)
  showNotes = $state(true)
  /** While both side panels are drawers (a narrow window) they would cover each other and every pane: one shows at a time. */
  drawersOverlap = $state(false)
  /** The passage hovered or brought into line in one pane; the other panes mark its counterparts. */
  passage = $state.raw<{ pane: PaneState; start: number; end: number; counterparts: Counterpart[] } | null>(null)
  readonly focused = $derived(this.panes[Math.min(this.focusedIndex, this.panes.length - 1)]!)
  readonly full = $derived(this.panes.length >= MAX_PANES)
  readonly #api: Api

  constructor(api: Api) {
    this.#api = api
    this.panes = [new PaneState(api)]
  }

  focus(pane: PaneState): void {
    const index = this.panes.indexOf(pane)
    if (index >= 0) this.focusedIndex = index
  }

  /** Adds an empty pane next to `beside` (right after it unless `before`), or returns null when four are open. */
  add(beside: PaneState = this.focused, before = false): PaneState | null {
    if (this.full) return null
    const pane = new PaneState(this.#api, { documentId: null, size: beside.size, scrollOffset: 0 })
    const at = this.panes.indexOf(beside) + (before ? 0 : 1)
    this.panes = [...this.panes.slice(0, at), pane, ...this.panes.slice(at)]
    this.focusedIndex = at
    return pane
  }

  /** Closes a pane; the last pane is emptied rather than closed, so there is always a place to read. */
  close(pane: PaneState): void {
    if (this.panes.length === 1) {
      pane.clear()
      return
    }
    const focused = this.focused
    this.panes = this.panes.filter((p) => p !== pane)
    this.focusedIndex = focused === pane ? Math.max(0, this.focusedIndex - 1) : this.panes.indexOf(focused)
  }

  /** Moves a pane one place left (-1) or right (+1). */
  move(pane: PaneState, step: -1 | 1): void {
    const from = this.panes.indexOf(pane)
    const to = from + step
    if (from < 0 || to < 0 || to >= this.panes.length) return
    const focused = this.focused
    const panes = [...this.panes]
    panes[from] = panes[to]!
    panes[to] = pane
    this.panes = panes
    this.focusedIndex = panes.indexOf(focused)
  }

  /** Moves `fraction` of the pair's width across the divider after pane `index`; neither side goes below a tenth. */
  resize(index: number, fraction: number): void {
    const left = this.panes[index]
    const right = this.panes[index + 1]
    if (!left || !right) return
    const pair = left.size + right.size
    const leftShare = Math.min(0.9, Math.max(0.1, left.size / pair + fraction))
    left.size = pair * leftShare
    right.size = pair - left.size
  }

  panesShowing(documentId: string): PaneState[] {
    return this.panes.filter((pane) => pane.documentId === documentId)
  }

  /** The annotations of a document some pane shows, which a pane opening it too shares; null when none shows it. */
  annotationsOf(documentId: string): AnnotationsState | null {
    return this.panes.find((pane) => pane.documentId === documentId)?.annotations ?? null
  }

  /** The annotations of every document the panes show, each once. */
  shownAnnotations(): AnnotationsState[] {
    const all = this.panes.map((pane) => pane.annotations)
    return all.filter((annotations, index): annotations is AnnotationsState => annotations !== null && all.indexOf(annotations) === index)
  }

  toggleLock(): void {
    this.lockScroll = !this.lockScroll
  }

  toggleBoilerplate(): void {
    this.showBoilerplate = !this.showBoilerplate
  }

  /** Shows or hides a side panel; where drawers overlap, the one shown closes the other. */
  toggleSidebar(which: 'library' | 'notes'): void {
    if (which === 'library') this.showLibrary = !this.showLibrary
    else this.showNotes = !this.showNotes
    if (this.drawersOverlap && this.showLibrary && this.showNotes) {
      if (which === 'library') this.showNotes = false
      else this.showLibrary = false
    }
  }

  /** The window became narrow enough for the drawers to overlap, or wide enough not to: with both open, the library stays. */
  setDrawersOverlap(overlap: boolean): void {
    this.drawersOverlap = overlap
    if (overlap && this.showLibrary && this.showNotes) this.showNotes = false
  }

  layout(): WorkspaceLayout {
    return {
      panes: this.panes.map((pane) => pane.layout()),
      focused: this.focusedIndex,
      lockScroll: this.lockScroll,
      showBoilerplate: this.showBoilerplate,
      showLibrary: this.showLibrary,
      showNotes: this.showNotes
    }
  }

  /** Rebuilds the panes a saved layout names; opening their documents is the caller's part. */
  restore(layout: WorkspaceLayout): void {
    this.panes = layout.panes.map((pane) => new PaneState(this.#api, pane))
    this.focusedIndex = Math.min(layout.focused, this.panes.length - 1)
    this.lockScroll = layout.lockScroll
    this.showBoilerplate = layout.showBoilerplate
    this.showLibrary = layout.showLibrary
    this.showNotes = layout.showNotes && !(this.drawersOverlap && layout.showLibrary)
  }
}
