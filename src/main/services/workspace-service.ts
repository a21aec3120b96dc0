import { join } from 'node:path'
import { workspaceLayoutSchema } from '../../shared/contract/calls'
import { EMPTY_WORKSPACE, type WorkspaceLayout } from '../../shared/workspace'
import { DurableJsonFile } from '../store/durable-json-file'
import type { LibraryService } from './library-service'
import { Service } from './service'

/**
 * Keeps the reading workspace (which documents, pane sizes, scroll positions) in `workspace.json`, apart from the
 * catalog: it changes on every scroll, and losing it costs a layout, never a note.
 */
export class WorkspaceService extends Service {
  readonly #file: DurableJsonFile<unknown>
  readonly #library: LibraryService

  constructor(dataDir: string, library: LibraryService) {
    super()
    this.#file = new DurableJsonFile(join(dataDir, 'workspace.json'))
    this.#library = library
  }

  /** The saved layout, without documents removed since; a missing or unreadable file gives the empty workspace. */
  async get(): Promise<WorkspaceLayout> {
    const saved = workspaceLayoutSchema.safeParse(await this.#file.read().catch(() => null))
    if (!saved.success) return structuredClone(EMPTY_WORKSPACE)
    const layout = saved.data
    const panes = layout.panes.map((pane) =>
      pane.documentId !== null && !this.#library.has(pane.documentId) ? { ...pane, documentId: null, scrollOffset: 0 } : pane
    )
    return { ...layout, panes, focused: Math.min(layout.focused, panes.length - 1) }
  }

  async save(layout: WorkspaceLayout): Promise<void> {
    await this.#file.write(layout)
  }
}
