import { CatalogStore } from './store/catalog-store'
import { ContentStore } from './store/content-store'
import { AnnotationStore } from './store/annotation-store'
import { dataFolder } from './store/data-folder'
import type { DataNotices } from './store/data-notices'
import { WORKSPACE_FILE, workspaceFormat } from './store/formats/workspace'
import { JsonDatabase, type DataFolder } from './store/json-database'
import { machineFile } from './store/machine-folder'
import { guardDataFolder } from './store/data-guard'
import { AnnotationService } from './services/annotation-service'
import { CategoryService } from './services/category-service'
import { TagService } from './services/tag-service'
import { OutletService } from './services/outlet-service'
import { ImportService } from './services/import-service'
import { ExportService } from './services/export-service'
import { LibraryService } from './services/library-service'
import { SettingsService } from './services/settings-service'
import { WorkspaceService } from './services/workspace-service'
import { createHandlers } from './ipc/handlers'
import { AnalysisService } from './services/analysis-service'
import { FingerprintCache } from './analysis/fingerprint-cache'
import { FingerprintWorkers } from './analysis/fingerprint-workers'
import { SearchService } from './services/search-service'
import type { Service } from './services/service'
import type { Handlers } from '../shared/contract/calls'
import type { AppInfo } from '../shared/model'

export interface ContainerOptions {
  dataDir: string
  seedsDir: string
  version: string
  transport: AppInfo['transport']
  /** The desktop app's native open dialog; browser mode has none and uses a file input instead. */
  pickFiles?: (folders: boolean) => Promise<string[] | null>
  /** The desktop app's native save dialog; browser mode downloads instead. */
  pickSavePath?: (suggestedName: string) => Promise<string | null>
  /**
   * For the running app: take a backup snapshot now and then every so many minutes, and watch the data files for
   * changes made by other programs. Tests and the command line leave it out: they come and go on short-lived folders.
   */
  backupEveryMinutes?: number
  /**
   * For the running app: build the search index and the comparison of documents in the background at start, so the
   * first search or side-by-side view need not wait. Without it they are built on first use.
   */
  indexAtStart?: boolean
  /**
   * The built fingerprint-worker.js (`appPaths`), in whose worker threads documents are read for the comparison, so a
   * long one never holds up the other calls. Without it (the sources run as they are, with nothing built) they are
   * read on this thread.
   */
  fingerprintWorker?: string | URL
  /**
   * The built search-worker.js, in whose worker thread the search index lives, so that building it and collecting
   * its garbage never hold up the other calls. Without it the index is kept on this thread.
   */
  searchWorker?: string | URL
  /**
   * The data folder's backups, notices and held files, for a caller that opens a file of its own there (the desktop
   * app's window state) and wants it under the same; made from `dataDir` without it.
   */
  folder?: DataFolder
}

export interface Services {
  library: LibraryService
  annotations: AnnotationService
  categories: CategoryService
  tags: TagService
  outlets: OutletService
  settings: SettingsService
  workspace: WorkspaceService
  imports: ImportService
  exports: ExportService
  analysis: AnalysisService
  search: SearchService
  handlers: Handlers
  /** Recoveries, reloads and conflicts of the data files, from start on, for the UI to show. */
  notices: DataNotices
  /**
   * Stops the backups and the watch on the data files, a snapshot under way finished first, then every service in the
   * reverse of the order they were booted in: the indexes, the analysis's worker threads, ..., the library, which puts
   * the texts of a recent import into their own files; last, the catalog folds its journal into catalog.json.
   */
  shutdown: () => Promise<void>
}

/** Builds every back-end service in dependency order and boots each in that order. This is the one place where services are wired. */
export async function createServices(options: ContainerOptions): Promise<Services> {
  const folder = options.folder ?? dataFolder(options.dataDir)
  const { backups, notices, held } = folder
  const catalog = await CatalogStore.open(options.dataDir, folder)
  const texts = new ContentStore(folder.machine, 'texts', '.txt')
  const sources = new ContentStore(folder.machine, 'sources', '')
  const annotationStore = new AnnotationStore(options.dataDir, folder)
  await Promise.all([texts.boot(), sources.boot(), annotationStore.boot()])

  const index = { buildAtStart: options.indexAtStart }
  const library = new LibraryService(catalog, texts, sources, { seedsDir: options.seedsDir })
  const categories = new CategoryService(catalog)
  const annotations = new AnnotationService(library, annotationStore, categories)
  const tags = new TagService(library, annotations)
  const outlets = new OutletService(catalog, library)
  const settings = new SettingsService(catalog)
  const workspace = new WorkspaceService(await JsonDatabase.open(folder, machineFile(folder.machine, WORKSPACE_FILE), workspaceFormat), library)
  const imports = new ImportService(library, settings, annotations, categories, { readsPaths: options.transport === 'electron', pickFiles: options.pickFiles })
  const exports = new ExportService(library, annotations, categories, outlets, { pickSavePath: options.pickSavePath })
  const fingerprints = options.fingerprintWorker === undefined ? null : new FingerprintWorkers(options.fingerprintWorker)
  const fingerprint = fingerprints ? (text: string) => fingerprints.fingerprint(text) : undefined
  const analysis = new AnalysisService(library, new FingerprintCache(folder.machine), fingerprint, index)
  const search = new SearchService(library, annotations, { ...index, worker: options.searchWorker })
  const lifecycle: Service[] = [library, categories, annotations, tags, outlets, settings, workspace, imports, exports, ...(fingerprints ? [fingerprints] : []), analysis, search]
  for (const service of lifecycle) await service.boot()

  const info: AppInfo = { version: options.version, dataDir: options.dataDir, transport: options.transport }
  const handlers = createHandlers({ library, annotations, categories, tags, outlets, settings, workspace, imports, exports, analysis, search, notices, held, info })
  const guard =
    options.backupEveryMinutes === undefined
      ? null
      : guardDataFolder({
          dataDir: options.dataDir,
          backups,
          catalog,
          annotations: annotationStore,
          backupEveryMs: options.backupEveryMinutes * 60_000,
          onError: (error) => console.error(`Parallax could not back up or watch its data folder: ${error instanceof Error ? error.message : String(error)}`)
        })
  const shutdown = async () => {
    await guard?.stop()
    for (const service of lifecycle.toReversed()) await service.shutdown()
    await catalog.close()
  }
  return { library, annotations, categories, tags, outlets, settings, workspace, imports, exports, analysis, search, handlers, notices, shutdown }
}
