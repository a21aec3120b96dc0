import { getContext, setContext } from 'svelte'
import { SvelteSet } from 'svelte/reactivity'
import { toUtf16Offset } from '../../shared/anchoring'
import type { PassageLink } from '../../shared/passage-link'
import type { AppInfo, DocumentMeta, Highlight, TagCount } from '../../shared/model'
import { api, errorMessage } from '../lib/api'
import * as edits from '../lib/edit-commands'
import { copyAsMarkdown } from '../lib/copy-markdown'
import type { Undoable } from '../lib/undo-stack'
import { AnnotationsState } from './annotations.svelte'
import { HistoryState } from './history.svelte'
import { ImportState, toImport } from './import.svelte'
import { base64Of } from '../import/dropped-files'
import { LibraryState } from './library.svelte'
import { NoticeState } from './notices.svelte'
import { PaletteState } from './palette.svelte'
import { ReaderState } from './reader.svelte'
import { ThemeState } from './theme.svelte'

/** The renderer's state, one instance for the window, handed to components through context. */
export class AppState {
  readonly library = new LibraryState()
  readonly reader = new ReaderState()
  readonly annotations = new AnnotationsState()
  readonly palette = new PaletteState()
  readonly history = new HistoryState()
  readonly theme = new ThemeState()
  readonly notices = new NoticeState()
  readonly imports = new ImportState()
  info = $state.raw<AppInfo | null>(null)
  tags = $state.raw<TagCount[]>([])
  /** The corpus-wide highlight view's filters; empty means all. */
  highlightFilter = $state({ documentId: '', categoryId: '', tag: '' })

  async start(): Promise<void> {
    await Promise.all([
      this.library.load(),
      this.palette.load().catch((error: unknown) => this.notices.error(errorMessage(error))),
      this.theme.load().catch(() => undefined),
      this.refreshTags(),
      api.getAppInfo({}).then((info) => (this.info = info), () => undefined)
    ])
  }

  /** Opens a document with its annotations; `reveal` scrolls to a passage (UTF-16 offset) or a highlight. */
  async openDocument(id: string, reveal?: { start?: number; highlightId?: string }): Promise<void> {
    const annotations = this.annotations.load(id).catch((error: unknown) => this.notices.error(errorMessage(error)))
    await Promise.all([this.reader.open(id), annotations])
    if (this.reader.current?.meta.id !== id) return
    const target = reveal?.highlightId ? this.annotations.highlights.find((h) => h.id === reveal.highlightId) : undefined
    if (target) this.annotations.activeId = target.id
    const start = target?.range?.start ?? reveal?.start
    if (start !== undefined) this.reader.reveal(start)
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
        await this.imports.start((run) => run.files(sources.files.map((file) => toImport(file, base64Of)), limit), onAdded)
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

  async highlight(start: number, end: number, categoryId: string): Promise<void> {
    const documentId = this.reader.current?.meta.id
    if (!documentId) return
    const created = await this.edit(() => edits.createHighlight(api, { documentId, start, end, categoryId }))
    if (created) {
      this.annotations.upsert(created)
      this.annotations.activeId = created.id
    }
  }

  async updateHighlight(highlight: Highlight, patch: edits.HighlightPatch): Promise<void> {
    const updated = await this.edit(() => edits.updateHighlight(api, highlight, patch))
    if (updated) this.annotations.upsert(updated)
    if (updated && patch.tags) await this.refreshTags()
  }

  async reattach(highlight: Highlight): Promise<void> {
    const selection = this.reader.selection
    if (!selection) return
    try {
      const { documentId, id } = highlight
      this.annotations.upsert(await api.reattachHighlight({ documentId, id, ...selection }))
      this.notices.info('Highlight attached to the selected passage.')
    } catch (error) {
      this.notices.error(errorMessage(error))
    }
  }

  async deleteHighlight(highlight: Highlight): Promise<void> {
    const removed = await this.edit(() => edits.deleteHighlight(api, highlight))
    if (removed) {
      this.annotations.drop(removed.id)
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
      this.reader.replaceMeta(updated)
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
      if (this.reader.current?.meta.id === id) {
        this.reader.close()
        this.annotations.clear()
      }
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
    await Promise.all([this.annotations.refresh(), this.library.load(), this.refreshTags()])
    const current = this.reader.current && this.library.documents.find((d) => d.id === this.reader.current?.meta.id)
    if (current) this.reader.replaceMeta(current)
  }
}

const key = Symbol('parallax-app')

export function setAppState(state: AppState): void {
  setContext(key, state)
}

export function appState(): AppState {
  return getContext<AppState>(key)
}
