import { getContext, setContext } from 'svelte'
import type { Api } from '../../shared/contract/calls'
import type { AppInfo } from '../../shared/model'
import type { PassageLink } from '../../shared/passage-link'
import { DataNotices } from './data-notices'
import { DocumentsController } from './documents'
import { ExportController } from './export.svelte'
import { HighlightsController } from './highlights.svelte'
import { HistoryState } from './history.svelte'
import { ImportState } from './import.svelte'
import { LayoutController } from './layout.svelte'
import { LibraryState } from './library.svelte'
import { NavigationController } from './navigation'
import { NoticeState } from './notices.svelte'
import { PaletteState } from './palette.svelte'
import { QuotesState } from './quotes.svelte'
import { SearchState } from './search.svelte'
import { TagsController } from './tags.svelte'
import { ThemeState } from './theme.svelte'
import { WorkspaceState } from './workspace.svelte'

/**
 * The renderer's state, one instance for the window, handed to components through context: the feature controllers,
 * built here in the order they depend on each other. Components read their fields and make every change through them.
 */
export class AppState {
  readonly notices = new NoticeState()
  readonly library: LibraryState
  readonly workspace: WorkspaceState
  readonly palette: PaletteState
  readonly theme: ThemeState
  readonly search: SearchState
  readonly history: HistoryState
  readonly navigation: NavigationController
  readonly layout: LayoutController
  readonly highlights: HighlightsController
  readonly tags: TagsController
  readonly documents: DocumentsController
  readonly imports: ImportState
  readonly exports: ExportController
  readonly quotes: QuotesState
  readonly dataNotices: DataNotices
  info = $state.raw<AppInfo | null>(null)
  readonly #api: Api
  /** Settles once the library and the last layout are in, so a passage opened at start is not replaced by that layout. */
  #started: Promise<void> | undefined

  constructor(api: Api) {
    this.#api = api
    const { notices } = this
    const refreshAll = () => this.#refreshAll()
    const tagsChanged = () => this.tags.refresh()
    this.library = new LibraryState(api)
    this.workspace = new WorkspaceState(api)
    this.palette = new PaletteState(api)
    this.theme = new ThemeState(api)
    this.search = new SearchState(api)
    this.history = new HistoryState(notices, refreshAll)
    const { library, workspace, history } = this
    this.navigation = new NavigationController({ api, workspace, notices })
    this.layout = new LayoutController({ api, workspace, navigation: this.navigation, notices })
    this.highlights = new HighlightsController({ api, workspace, history, notices, palette: this.palette, library, tagsChanged })
    this.tags = new TagsController({ api, library, workspace, history, highlightFilter: this.highlights.filter, refreshAll })
    this.documents = new DocumentsController({ api, library, workspace, navigation: this.navigation, notices, tagsChanged })
    this.imports = new ImportState({ api, library, navigation: this.navigation, notices })
    this.exports = new ExportController(api, notices)
    this.quotes = new QuotesState(api, notices)
    this.dataNotices = new DataNotices({ api, notices, refreshAll })
  }

  start(): Promise<void> {
    this.#started ??= this.#load()
    return this.#started
  }

  async #load(): Promise<void> {
    await Promise.all([
      this.library.load(),
      this.layout.restore(),
      this.palette.load().catch((error: unknown) => this.notices.failed(error)),
      this.theme.load().catch(() => undefined),
      this.exports.load().catch(() => undefined),
      this.tags.refresh(),
      this.dataNotices.check(),
      this.#api.getAppInfo({}).then((info) => (this.info = info), () => undefined)
    ])
  }

  /** Keeps the layout saved and the data notices coming while the window is open; returns the function that stops. */
  watch(): () => void {
    const stops = [this.layout.watch(), this.dataNotices.watch()]
    return () => stops.forEach((stop) => stop())
  }

  /** Opens the passage a parallax:// link names, once the window has started. */
  async openPassage(link: PassageLink): Promise<void> {
    await this.start()
    await this.navigation.openLink(link)
  }

  /** Reads the open documents' annotations, the library and the tags again, after a change that may reach any of them. */
  async #refreshAll(): Promise<void> {
    const panes = this.workspace.panes
    const shown = this.workspace.shownAnnotations()
    await Promise.all([...shown.map((annotations) => annotations.refresh()), this.library.load(), this.tags.refresh()])
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
