import { getContext, setContext } from 'svelte'
import { SvelteSet } from 'svelte/reactivity'
import { toUtf16Offset } from '../../shared/anchoring'
import type { PassageLink } from '../../shared/passage-link'
import type { AppInfo, DocumentMeta, Highlight, TagCount } from '../../shared/model'
import { api, errorMessage } from '../lib/api'
import * as edits from '../lib/edit-commands'
import { copyAsMarkdown } from '../lib/copy-markdown'
import type { Undoable } from '../lib/undo-stack'
import { HistoryState } from './history.svelte'
import { ImportState, toImport } from './import.svelte'
import { LibraryState } from './library.svelte'
import { NoticeState } from './notices.svelte'
import { PaletteState } from './palette.svelte'
import { ThemeState } from './theme.svelte'
import { WorkspaceState } from './workspace.svelte'
import { SearchState } from './search.svelte'
import type { PaneState } from './pane.svelte'
import type { AnnotationsState } from './annotations.svelte'
import type { ReaderState } from './reader.svelte'
import { followScroll } from '../workspace/scroll-lock'

/** How long the layout waits for scrolling or resizing to settle before it is saved. */
const LAYOUT_SAVE_DELAY_MS = 500
/** How often to ask whether another program changed the data files, besides whenever the window regains focus. */
const DATA_NOTICE_POLL_MS = 15_000

/** The renderer's state, one instance for the window, handed to components through context. */
export class AppState {
  readonly library = new LibraryState()
  readonly workspace = new WorkspaceState()
  readonly search = new SearchState()
  readonly palette = new PaletteState()
  readonly history = new HistoryState()
  readonly theme = new ThemeState()
  readonly notices = new NoticeState()
  readonly imports = new ImportState()
  info = $state.raw<AppInfo | null>(null)
  tags = $state.raw<TagCount[]>([])
  /** The corpus-wide highlight view's filters; empty means all. */
  highlightFilter = $state({ documentId: '', categoryId: '', tag: '' })

  #layoutTimer: ReturnType<typeof setTimeout> | undefined
  /** How many of the back end's data notices (recoveries, reloads, conflicts) have been shown. */
  #noticesShown = 0
  /** Settles once the library and the last layout are in, so a passage opened at start is not replaced by that layout. */
  #started: Promise<void> | undefined

  /** The focused pane's reader: the one the keyboard, the library and the annotations panel follow. */
  get reader(): ReaderState {
    return this.workspace.focused.reader
  }

  get annotations(): AnnotationsState {
    return this.workspace.focused.annotations
  }

  start(): Promise<void> {
    this.#started ??= this.#load()
    return this.#started
  }

  async #load(): Promise<void> {
    await Promise.all([
      this.library.load(),
      this.#restoreLayout(),
      this.palette.load().catch((error: unknown) => this.notices.error(errorMessage(error))),
      this.theme.load().catch(() => undefined),
      this.refreshTags(),
      this.checkDataNotices(),
      api.getAppInfo({}).then((info) => (this.info = info), () => undefined)
    ])
  }

  /** Checks for data notices now, on every return to the window, and every few seconds; returns the function that stops. */
  watchDataNotices(): () => void {
    const check = () => void this.checkDataNotices()
    const timer = setInterval(check, DATA_NOTICE_POLL_MS)
    window.addEventListener('focus', check)
    return () => {
      clearInterval(timer)
      window.removeEventListener('focus', check)
    }
  }

  /**
   * Shows what happened to the data files since the last look: a recovery or a conflict stays on screen until
   * dismissed; a file another program changed is taken in, and the views are refreshed from it.
   */
  async checkDataNotices(): Promise<void> {
    const all = await api.listDataNotices({}).catch(() => [])
    const fresh = all.slice(this.#noticesShown)
    this.#noticesShown = Math.max(this.#noticesShown, all.length)
    for (const notice of fresh) {
      if (notice.kind === 'reloaded') this.notices.info(notice.message)
      else if (notice.kind === 'held') this.notices.held(notice.message, notice.file)
      else this.notices.error(notice.message)
    }
    if (fresh.some((notice) => notice.kind !== 'recovered')) await this.#refreshAll()
  }

  /** Puts this Parallax's copy in place of a data file a newer Parallax wrote, as the user chose in notice `noticeId`. */
  async useOwnCopy(noticeId: number, file: string): Promise<void> {
    try {
      const movedTo = await api.useOwnCopy({ file })
      this.notices.dismiss(noticeId)
      this.notices.info(`Parallax put its own copy in place; the newer file is now ${movedTo}.`)
    } catch (error) {
      this.notices.error(errorMessage(error))
    }
  }

  /**
   * Opens a document with its annotations in a pane (the focused one unless named); `reveal` scrolls to a passage
   * (UTF-16 offset) or a highlight.
   */
  async openDocument(
    id: string,
    reveal?: { start?: number; end?: number; highlightId?: string; align?: 'center' | 'start' },
    pane: PaneState = this.workspace.focused
  ): Promise<void> {
    this.workspace.focus(pane)
    if (pane.documentId !== id) {
      pane.scrollOffset = 0
      pane.find.close()
    }
    pane.marked = reveal?.start !== undefined && reveal.end !== undefined ? { start: reveal.start, end: reveal.end } : null
    pane.documentId = id
    this.layoutChanged()
    const loading = pane.annotations.loadFirstScreen(id)
    const annotations = loading.all.catch((error: unknown) => this.notices.error(errorMessage(error)))
    await Promise.all([pane.reader.open(id, loading.firstScreen), annotations])
    if (pane.reader.current?.meta.id !== id) return
    // Asked for once the text is on its way to the screen: analysing a long new text takes the back end a while.
    void pane.analysis.load(id)
    const target = reveal?.highlightId ? pane.annotations.highlights.find((h) => h.id === reveal.highlightId) : undefined
    if (target) pane.annotations.activeId = target.id
    const start = target?.range?.start ?? reveal?.start
    if (start !== undefined) pane.reader.reveal(start, reveal?.align)
  }

  /** Shows a passage: in a pane that has its document open, or else in the focused pane. */
  async showPassage(documentId: string, start: number, end?: number): Promise<void> {
    const [pane] = this.workspace.panesShowing(documentId)
    if (!pane) return this.openDocument(documentId, { start, end })
    this.workspace.focus(pane)
    pane.marked = end === undefined ? null : { start, end }
    pane.reader.reveal(start)
  }

  /** Opens a document in a new pane beside the focused one (before it when `before`). */
  async openBeside(id: string, beside: PaneState = this.workspace.focused, before = false): Promise<void> {
    const pane = this.workspace.add(beside, before)
    if (!pane) {
      this.notices.error('Four panes are open, the most Parallax shows. Close one to open another.')
      return
    }
    await this.openDocument(id, undefined, pane)
  }

  /** A pane was scrolled: its place is saved, and with locked scrolling the other panes follow by matched passage. */
  paneScrolled(pane: PaneState): void {
    this.layoutChanged()
    if (this.workspace.lockScroll && performance.now() < pane.userScrollUntil) followScroll(pane, this.workspace.panes)
  }

  /**
   * Brings every other pane to the counterpart of the passage at `offset` in `pane` (its sentence, or else its
   * paragraph), and marks the counterparts.
   */
  bringCounterparts(pane: PaneState, offset: number): void {
    const passage = pane.analysis.sentenceAt(offset) ?? pane.analysis.paragraphAt(offset)
    if (!passage) return
    const paragraph = pane.analysis.paragraphAt(offset)
    const counterparts = [...passage.counterparts, ...(paragraph?.counterparts ?? [])]
    let moved = 0
    for (const other of this.workspace.panes) {
      const counterpart = counterparts.find((c) => other !== pane && c.documentId === other.documentId)
      if (!counterpart) continue
      other.reader.reveal(counterpart.start)
      moved += 1
    }
    this.workspace.passage = { pane, start: passage.start, end: passage.end, counterparts: passage.counterparts }
    if (moved === 0) this.notices.info(this.workspace.panes.length > 1 ? 'No other open document carries this passage.' : 'Open another document beside this one to compare.')
  }

  toggleLock(): void {
    this.workspace.lockScroll = !this.workspace.lockScroll
    this.layoutChanged()
  }

  toggleBoilerplate(): void {
    this.workspace.showBoilerplate = !this.workspace.showBoilerplate
    this.layoutChanged()
  }

  toggleSidebar(which: 'library' | 'notes'): void {
    if (which === 'library') this.workspace.showLibrary = !this.workspace.showLibrary
    else this.workspace.showNotes = !this.workspace.showNotes
    this.layoutChanged()
  }

  closePane(pane: PaneState): void {
    this.workspace.close(pane)
    this.layoutChanged()
  }

  /** Saves the workspace once scrolling, resizing or reordering has settled. */
  layoutChanged(): void {
    clearTimeout(this.#layoutTimer)
    this.#layoutTimer = setTimeout(() => this.#saveLayout(), LAYOUT_SAVE_DELAY_MS)
  }

  /** Saves a layout change still waiting for scrolling to settle, as the window closes. */
  saveLayoutNow(): void {
    if (this.#layoutTimer === undefined) return
    this.#saveLayout()
  }

  #saveLayout(): void {
    clearTimeout(this.#layoutTimer)
    this.#layoutTimer = undefined
    api.saveWorkspace({ layout: this.workspace.layout() }).catch((error: unknown) => this.notices.error(errorMessage(error)))
  }

  async #restoreLayout(): Promise<void> {
    const layout = await api.getWorkspace({}).catch(() => null)
    if (!layout) return
    this.workspace.restore(layout)
    await Promise.all(
      this.workspace.panes.map((pane, index) => {
        const id = layout.panes[index]?.documentId
        const reveal = pane.scrollOffset > 0 ? { start: pane.scrollOffset, align: 'start' as const } : undefined
        return id ? this.openDocument(id, reveal, pane) : undefined
      })
    )
    this.workspace.focusedIndex = layout.focused
  }

  /** Every pane's annotations for a document: one document may be open in two panes. */
  #annotationsOf(documentId: string): AnnotationsState[] {
    return this.workspace.panesShowing(documentId).map((pane) => pane.annotations)
  }

  /** Imports files (browser mode) or paths (desktop app); new documents join the library as each batch lands. */
  async importSources(sources: { files: File[] } | { paths: string[] }): Promise<void> {
    const onAdded = (docs: DocumentMeta[]) => {
      if (docs.length > 0) this.library.documents = [...this.library.documents, ...docs]
    }
    try {
      if ('paths' in sources) {
        await this.imports.start((run) => run.paths(sources.paths), onAdded)
      } else {
        const limit = (await api.getSettings({})).importLimitMb * 1024 * 1024
        await this.imports.start((run) => run.files(sources.files.map(toImport), limit), onAdded)
      }
    } catch (error) {
      this.notices.error(errorMessage(error))
    }
  }

  async copyHighlights(highlights: readonly Highlight[]): Promise<void> {
    try {
      const count = await copyAsMarkdown(highlights, this.palette.categories, this.library.documents)
      this.notices.info(count === 1 ? 'Copied the highlight as Markdown.' : `Copied ${count} highlights as Markdown.`)
    } catch {
      this.notices.error('The clipboard did not take the text. Use Export… instead.')
    }
  }

  /** Opens the passage a parallax:// link names; the link counts code points, the reader UTF-16 units. */
  async openPassage(link: PassageLink): Promise<void> {
    await this.start()
    await this.openDocument(link.documentId)
    const text = this.reader.current?.text
    if (text) this.reader.reveal(toUtf16Offset(text, link.start))
  }

  /** Narrows the library to documents carrying `tag` themselves or on a highlight, and the highlight view to that tag. */
  async filterByTag(tag: string): Promise<void> {
    this.highlightFilter.tag = tag
    if (tag === '') {
      this.library.showOnly(null, '')
      return
    }
    const highlights = await api.listHighlights({ tag }).catch(() => [])
    const key = tag.toLowerCase()
    const tagged = this.library.documents.filter((doc) => doc.tags.some((t) => t.toLowerCase() === key))
    this.library.showOnly(new SvelteSet([...highlights.map((h) => h.documentId), ...tagged.map((doc) => doc.id)]), tag)
  }

  async refreshTags(): Promise<void> {
    this.tags = await api.listTags({}).catch(() => this.tags)
  }

  /** Runs an edit, records it for undo, and reports a failure in one sentence; returns the edit's result or null. */
  async edit<T>(run: () => Promise<edits.Edit<T>>): Promise<T | null> {
    try {
      const { result, entry } = await run()
      this.history.push(entry)
      return result
    } catch (error) {
      this.notices.error(errorMessage(error))
      return null
    }
  }

  async highlight(start: number, end: number, categoryId: string, pane: PaneState = this.workspace.focused): Promise<void> {
    const documentId = pane.reader.current?.meta.id
    if (!documentId) return
    const created = await this.edit(() => edits.createHighlight(api, { documentId, start, end, categoryId }))
    if (created) {
      for (const annotations of this.#annotationsOf(documentId)) annotations.upsert(created)
      pane.annotations.activeId = created.id
    }
  }

  async updateHighlight(highlight: Highlight, patch: edits.HighlightPatch): Promise<void> {
    const updated = await this.edit(() => edits.updateHighlight(api, highlight, patch))
    if (updated) for (const annotations of this.#annotationsOf(updated.documentId)) annotations.upsert(updated)
    if (updated && patch.tags) await this.refreshTags()
  }

  async reattach(highlight: Highlight): Promise<void> {
    const selection = this.reader.selection
    if (!selection) return
    try {
      const { documentId, id } = highlight
      const attached = await api.reattachHighlight({ documentId, id, ...selection })
      for (const annotations of this.#annotationsOf(documentId)) annotations.upsert(attached)
      this.notices.info('Highlight attached to the selected passage.')
    } catch (error) {
      this.notices.error(errorMessage(error))
    }
  }

  async deleteHighlight(highlight: Highlight): Promise<void> {
    const removed = await this.edit(() => edits.deleteHighlight(api, highlight))
    if (removed) {
      for (const annotations of this.#annotationsOf(removed.documentId)) annotations.drop(removed.id)
      this.notices.info('Highlight deleted. Ctrl+Z brings it back.')
      await this.refreshTags()
    }
  }

  async setDocumentTags(tags: string[]): Promise<void> {
    const doc = this.reader.current?.meta
    if (!doc) return
    const updated = await this.edit(() => edits.setDocumentTags(api, doc, tags))
    if (updated) {
      this.library.replace(updated)
      for (const pane of this.workspace.panes) pane.reader.replaceMeta(updated)
      await this.refreshTags()
    }
  }

  async renameTag(from: string, to: string): Promise<void> {
    const done = await this.edit(async () => edits.renameTag(api, from, to))
    if (done !== null) await this.#refreshAll()
  }

  /** Records a note edit that autosave already wrote. */
  recordNoteEdit(entry: Undoable): void {
    this.history.push(entry)
  }

  async undo(): Promise<void> {
    await this.#travel(() => this.history.undo(), 'Undid')
  }

  async redo(): Promise<void> {
    await this.#travel(() => this.history.redo(), 'Redid')
  }

  async removeDocument(id: string, title: string): Promise<void> {
    try {
      await api.deleteDocument({ id })
      this.library.forget(id)
      // The saved layout may still name the document: the back end leaves removed documents out when it reads it.
      for (const pane of this.workspace.panesShowing(id)) pane.clear()
      this.notices.info(`Removed “${title}”.`)
      await this.refreshTags()
    } catch (error) {
      this.notices.error(errorMessage(error))
    }
  }

  async #travel(step: () => Promise<string | null>, verb: string): Promise<void> {
    try {
      const label = await step()
      if (label) this.notices.info(`${verb}: ${label.toLowerCase()}.`)
    } catch (error) {
      this.notices.error(errorMessage(error))
    }
    await this.#refreshAll()
  }

  async #refreshAll(): Promise<void> {
    const panes = this.workspace.panes
    await Promise.all([...panes.map((pane) => pane.annotations.refresh()), this.library.load(), this.refreshTags()])
    for (const pane of panes) {
      const current = this.library.documents.find((d) => d.id === pane.documentId)
      if (current) pane.reader.replaceMeta(current)
    }
  }
}

const key = Symbol('parallax-app')

export function setAppState(state: AppState): void {
  setContext(key, state)
}

export function appState(): AppState {
  return getContext<AppState>(key)
}
