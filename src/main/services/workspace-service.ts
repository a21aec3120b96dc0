import { MAX_PANES, type WorkspaceLayout } from '../../shared/workspace'
import type { WorkspaceFile } from '../store/formats/workspace'
import type { JsonDatabase } from '../store/json-database'
import type { LibraryService } from './library-service'
import { Service } from './service'

/**
 * Keeps the reading workspace (which documents, pane sizes, scroll positions) in `workspace.json`, apart from the
 * catalog: it changes on every scroll, and losing it costs a layout, never a note.
 */
export class WorkspaceService extends Service {
  readonly #file: JsonDatabase<WorkspaceFile>
  readonly #library: LibraryService

  constructor(file: JsonDatabase<WorkspaceFile>, library: LibraryService) {
    super()
    this.#file = file
    this.#library = library
  }

  /** The saved layout, without documents removed since and within the panes a layout may have; a missing file gives the empty workspace. */
  async get(): Promise<WorkspaceLayout> {
    const layout = structuredClone(this.#file.data.layout)
    const panes = layout.panes
      .slice(0, MAX_PANES)
      .map((pane) => (pane.documentId !== null && !this.#library.has(pane.documentId) ? { ...pane, documentId: null, scrollOffset: 0 } : pane))
    return { ...layout, panes, focused: Math.min(layout.focused, panes.length - 1) }
  }

  /** Saves the layout; while a newer Parallax's workspace.json is held, it is left as it is, as its notice said. */
  async save(layout: WorkspaceLayout): Promise<void> {
    if (this.#file.held !== null) return
    await this.#file.update((data) => void (data.layout = layout))
  }
}
