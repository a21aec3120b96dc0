import type { Api } from '../../shared/contract/calls'
import type { PassageLink } from '../../shared/passage-link'
import { toUtf16Offset } from '../../shared/anchoring'
import { followScroll } from '../workspace/scroll-lock'
import { AnnotationsState } from './annotations.svelte'
import type { NoticeState } from './notices.svelte'
import type { PaneState } from './pane.svelte'
import type { WorkspaceState } from './workspace.svelte'

/** Where to take the reader in a document opened: a passage (UTF-16 offsets) or a highlight, centred unless said. */
export interface Reveal {
  start?: number
  end?: number
  highlightId?: string
  align?: 'center' | 'start'
}

interface Needs {
  api: Api
  workspace: WorkspaceState
  notices: NoticeState
}

/** Opening documents and passages in the panes, and keeping the panes in step with each other. */
export class NavigationController {
  readonly #needs: Needs

  constructor(needs: Needs) {
    this.#needs = needs
  }

  /** Opens a document with its annotations in a pane, the focused one unless named. */
  async open(id: string, reveal?: Reveal, pane: PaneState = this.#needs.workspace.focused): Promise<void> {
    const { api, workspace, notices } = this.#needs
    workspace.focus(pane)
    const annotations = workspace.annotationsOf(id) ?? new AnnotationsState(api, id)
    pane.show(annotations)
    pane.marked = reveal?.start !== undefined && reveal.end !== undefined ? { start: reveal.start, end: reveal.end } : null
    const loading = annotations.load()
    const all = loading.all.catch((error: unknown) => notices.failed(error))
    await Promise.all([pane.reader.open(id, loading.firstScreen), all])
    if (pane.reader.current?.meta.id !== id) return
    // Asked for once the text is on its way to the screen: analysing a long new text takes the back end a while.
    void pane.analysis.load(id)
    const target = reveal?.highlightId ? annotations.highlights.find((h) => h.id === reveal.highlightId) : undefined
    if (target) pane.activeId = target.id
    const start = target?.range?.start ?? reveal?.start
    if (start !== undefined) pane.reader.reveal(start, reveal?.align)
  }

  /** Opens a document in a new pane beside the focused one (before it when `before`). */
  async openBeside(id: string, beside: PaneState = this.#needs.workspace.focused, before = false): Promise<void> {
    const pane = this.#needs.workspace.add(beside, before)
    if (!pane) {
      this.#needs.notices.error('Four panes are open, the most Parallax shows. Close one to open another.')
      return
    }
    await this.open(id, undefined, pane)
  }

  /** Shows a passage: in a pane that has its document open, or else in the focused pane. */
  async showPassage(documentId: string, start: number, end?: number): Promise<void> {
    const { workspace } = this.#needs
    const [pane] = workspace.panesShowing(documentId)
    if (!pane) return this.open(documentId, { start, end })
    workspace.focus(pane)
    pane.marked = end === undefined ? null : { start, end }
    pane.reader.reveal(start)
  }

  /** Opens the passage a parallax:// link names; the link counts code points, the reader UTF-16 units. */
  async openLink(link: PassageLink): Promise<void> {
    await this.open(link.documentId)
    const reader = this.#needs.workspace.focused.reader
    const text = reader.current?.text
    if (text) reader.reveal(toUtf16Offset(text, link.start))
  }

  /** A pane was scrolled: with locked scrolling the other panes follow, by matched passage. */
  scrolled(pane: PaneState): void {
    const { workspace } = this.#needs
    if (workspace.lockScroll && performance.now() < pane.userScrollUntil) followScroll(pane, workspace.panes)
  }

  /**
   * Brings every other pane to the counterpart of the passage at `offset` in `pane` (its sentence, or else its
   * paragraph), and marks the counterparts.
   */
  bringCounterparts(pane: PaneState, offset: number): void {
    const { workspace, notices } = this.#needs
    const passage = pane.analysis.sentenceAt(offset) ?? pane.analysis.paragraphAt(offset)
    if (!passage) return
    const paragraph = pane.analysis.paragraphAt(offset)
    const counterparts = [...passage.counterparts, ...(paragraph?.counterparts ?? [])]
    let moved = 0
    for (const other of workspace.panes) {
      const counterpart = counterparts.find((c) => other !== pane && c.documentId === other.documentId)
      if (!counterpart) continue
      other.reader.reveal(counterpart.start)
      moved += 1
    }
    workspace.passage = { pane, start: passage.start, end: passage.end, counterparts: passage.counterparts }
    if (moved === 0) notices.info(workspace.panes.length > 1 ? 'No other open document carries this passage.' : 'Open another document beside this one to compare.')
  }
}
