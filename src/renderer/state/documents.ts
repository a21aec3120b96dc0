import type { Api } from '../../shared/contract/calls'
import { ENCODINGS } from '../../shared/encodings'
import type { MetadataPatch } from '../../shared/model'
import type { LibraryState } from './library.svelte'
import type { NavigationController } from './navigation'
import type { NoticeState } from './notices.svelte'
import type { WorkspaceState } from './workspace.svelte'

interface Needs {
  api: Api
  library: LibraryState
  workspace: WorkspaceState
  navigation: NavigationController
  notices: NoticeState
  /** Called after a change that may have changed which tags are in use. */
  tagsChanged: () => Promise<void>
}

/** Changes to a document itself: its details, how its file is decoded, and its removal; every pane showing it follows. */
export class DocumentsController {
  readonly #needs: Needs

  constructor(needs: Needs) {
    this.#needs = needs
  }

  /** Saves edited details (title, author, outlet, date, address); a refusal is thrown, for the form to show. */
  async saveDetails(id: string, patch: MetadataPatch): Promise<void> {
    const { api, library, workspace, notices } = this.#needs
    const meta = await api.updateDocumentMeta({ id, patch })
    library.replace(meta)
    for (const pane of workspace.panesShowing(id)) pane.reader.replaceMeta(meta)
    notices.info('Details saved.')
  }

  /**
   * Reads the original file again, decoded in `encoding` or, with none, as at import; highlights that cannot be found
   * in the new text become orphans, never lost.
   */
  async redecode(id: string, encoding?: string): Promise<void> {
    const { api, library, workspace, navigation, notices } = this.#needs
    try {
      library.replace(await api.redecodeDocument({ id, encoding }))
      const focused = workspace.focused
      await Promise.all(workspace.panesShowing(id).map((pane) => navigation.open(id, undefined, pane)))
      workspace.focus(focused)
      const done = encoding ? `Decoded as ${ENCODINGS.find((e) => e.id === encoding)?.label ?? encoding}.` : 'Read again from the original file.'
      const orphans = workspace.annotationsOf(id)?.orphans.length ?? 0
      notices.info(`${done}${orphans > 0 ? ` ${orphans} highlights could not be placed; see Orphans.` : ''}`)
    } catch (error) {
      notices.failed(error)
    }
  }

  async remove(id: string, title: string): Promise<void> {
    const { api, library, workspace, notices, tagsChanged } = this.#needs
    try {
      await api.deleteDocument({ id })
      library.forget(id)
      // The saved layout may still name the document: the back end leaves removed documents out when it reads it.
      for (const pane of workspace.panesShowing(id)) pane.clear()
      notices.info(`Removed “${title}”.`)
      await tagsChanged()
    } catch (error) {
      notices.failed(error)
    }
  }
}
