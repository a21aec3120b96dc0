import { SvelteSet } from 'svelte/reactivity'
import type { Api } from '../../shared/contract/calls'
import type { DocumentSummary, TagCount } from '../../shared/model'
import { hasTag } from '../../shared/tags'
import * as edits from '../lib/edit-commands'
import type { HistoryState } from './history.svelte'
import type { LibraryState } from './library.svelte'
import type { WorkspaceState } from './workspace.svelte'

interface Needs {
  api: Api
  library: LibraryState
  workspace: WorkspaceState
  history: HistoryState
  /** The corpus-wide highlight view's filters, which a tag chosen in the Tags view narrows too. */
  highlightFilter: { tag: string }
  /** Reads every view's data again, after an edit that may have touched any document. */
  refreshAll: () => Promise<void>
}

/** The tags in use with their counts, and the edits made to tags across the library. */
export class TagsController {
  list = $state.raw<TagCount[]>([])
  readonly #needs: Needs

  constructor(needs: Needs) {
    this.#needs = needs
  }

  async refresh(): Promise<void> {
    this.list = await this.#needs.api.listTags({}).catch(() => this.list)
  }

  /** Narrows the library to documents carrying `tag` themselves or on a highlight, and the highlight view to that tag. */
  async filterBy(tag: string): Promise<void> {
    const { api, library, highlightFilter } = this.#needs
    highlightFilter.tag = tag
    if (tag === '') {
      library.showOnly(null, '')
      return
    }
    const highlights = await api.listHighlights({ tag }).catch(() => [])
    const tagged = library.documents.filter((doc) => hasTag(doc.tags, tag))
    library.showOnly(new SvelteSet([...highlights.map((h) => h.documentId), ...tagged.map((doc) => doc.id)]), tag)
  }

  /** Renames a tag everywhere, or merges it into one of that name. */
  async rename(from: string, to: string): Promise<void> {
    const { api, history, refreshAll } = this.#needs
    const done = await history.run(async () => edits.renameTag(api, from, to))
    if (done !== null) await refreshAll()
  }

  async setForDocument(doc: DocumentSummary, tags: string[]): Promise<void> {
    const { api, history, library, workspace } = this.#needs
    const updated = await history.run(() => edits.setDocumentTags(api, doc, tags))
    if (!updated) return
    library.replace(updated)
    for (const pane of workspace.panes) pane.reader.replaceMeta(updated)
    await this.refresh()
  }
}
