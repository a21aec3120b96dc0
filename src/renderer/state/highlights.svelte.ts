import type { Api } from '../../shared/contract/calls'
import type { Highlight } from '../../shared/model'
import { copyAsMarkdown } from '../lib/copy-markdown'
import * as edits from '../lib/edit-commands'
import type { NoteSession } from '../lib/edit-commands'
import type { HistoryState } from './history.svelte'
import type { LibraryState } from './library.svelte'
import type { NoticeState } from './notices.svelte'
import type { PaletteState } from './palette.svelte'
import type { PaneState } from './pane.svelte'
import type { WorkspaceState } from './workspace.svelte'

export type HighlightQuery = Parameters<Api['listHighlights']>[0]

interface Needs {
  api: Api
  workspace: WorkspaceState
  history: HistoryState
  notices: NoticeState
  palette: PaletteState
  library: LibraryState
  /** Called after an edit that changed which tags are in use. */
  tagsChanged: () => Promise<void>
}

/**
 * Every write to highlights and notes: each goes to the back end, then into the one annotation state of its document
 * that every pane showing it shares, and into the undo history.
 */
export class HighlightsController {
  /** The corpus-wide highlight view's filters; empty means all. */
  readonly filter = $state({ documentId: '', categoryId: '', tag: '' })
  readonly #needs: Needs

  constructor(needs: Needs) {
    this.#needs = needs
  }

  /** Highlights a passage of the document in `pane`, and opens its card there. */
  async create(pane: PaneState, start: number, end: number, categoryId: string): Promise<void> {
    const documentId = pane.reader.current?.meta.id
    if (!documentId) return
    const { api, history, workspace } = this.#needs
    const created = await history.run(() => edits.createHighlight(api, { documentId, start, end, categoryId }))
    if (!created) return
    workspace.annotationsOf(documentId)?.upsert(created)
    pane.activeId = created.id
  }

  async update(highlight: Highlight, patch: edits.HighlightPatch): Promise<void> {
    const { api, history, workspace, tagsChanged } = this.#needs
    const updated = await history.run(() => edits.updateHighlight(api, highlight, patch))
    if (!updated) return
    workspace.annotationsOf(updated.documentId)?.upsert(updated)
    if (patch.tags) await tagsChanged()
  }

  /** Places an orphaned highlight on the passage selected. */
  async reattach(highlight: Highlight, selection: { start: number; end: number }): Promise<void> {
    const { api, notices, workspace } = this.#needs
    try {
      const { documentId, id } = highlight
      const attached = await api.reattachHighlight({ documentId, id, ...selection })
      workspace.annotationsOf(documentId)?.upsert(attached)
      notices.info('Highlight attached to the selected passage.')
    } catch (error) {
      notices.failed(error)
    }
  }

  async remove(highlight: Highlight): Promise<void> {
    const { api, history, notices, workspace, tagsChanged } = this.#needs
    const removed = await history.run(() => edits.deleteHighlight(api, highlight))
    if (!removed) return
    workspace.annotationsOf(removed.documentId)?.drop(removed.id)
    notices.info('Highlight deleted. Ctrl+Z brings it back.')
    await tagsChanged()
  }

  /** Writes a highlight's note as autosave asks; the undo entry comes with the end of the editing session. */
  async writeNote(highlight: Highlight, note: string): Promise<void> {
    const { documentId, id } = highlight
    const updated = await this.#needs.api.updateHighlight({ documentId, id, patch: { note } })
    this.#needs.workspace.annotationsOf(documentId)?.upsert(updated)
  }

  /** Records a note session for undo once its last words are saved (null: nothing changed, or they were not saved). */
  recordNoteSession(highlight: Highlight, session: Promise<NoteSession | null>): void {
    this.#needs.history.recordWhenDone(session.then((s) => s && edits.noteEdit((note) => this.writeNote(highlight, note), s.before, s.after)))
  }

  async writeDocumentNote(documentId: string, note: string): Promise<void> {
    await this.#needs.api.setDocumentNote({ documentId, note })
    const annotations = this.#needs.workspace.annotationsOf(documentId)
    if (annotations) annotations.note = note
  }

  recordDocumentNoteSession(documentId: string, session: Promise<NoteSession | null>): void {
    this.#needs.history.recordWhenDone(session.then((s) => s && edits.noteEdit((note) => this.writeDocumentNote(documentId, note), s.before, s.after)))
  }

  /** The highlights across the library that a query picks, for the corpus-wide view. */
  list(query: HighlightQuery): Promise<Highlight[]> {
    return this.#needs.api.listHighlights(query)
  }

  async copy(highlights: readonly Highlight[]): Promise<void> {
    const { notices, palette, library } = this.#needs
    try {
      const count = await copyAsMarkdown(highlights, palette.categories, library.documents)
      notices.info(count === 1 ? 'Copied the highlight as Markdown.' : `Copied ${count} highlights as Markdown.`)
    } catch {
      notices.error('The clipboard did not take the text. Use Export… instead.')
    }
  }
}
