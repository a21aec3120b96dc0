import { CatalogStore } from './store/catalog-store'
import { ContentStore } from './store/content-store'
import { AnnotationStore } from './store/annotation-store'
import { AnnotationService } from './services/annotation-service'
import { CategoryService } from './services/category-service'
import { ImportService } from './services/import-service'
import { ExportService } from './services/export-service'
import { LibraryService } from './services/library-service'
import { SettingsService } from './services/settings-service'
import { WorkspaceService } from './services/workspace-service'
import { seedCorpus } from './services/seed-corpus'
import { createHandlers } from './ipc/handlers'
import type { Handlers } from '../shared/contract'
import type { AppInfo } from '../shared/model'

export interface ContainerOptions {
  dataDir: string
  seedsDir: string
  version: string
  transport: AppInfo['transport']
  /** The desktop app's native open dialog; browser mode has none and uses a file input instead. */
  pickFiles?: () => Promise<string[] | null>
  /** The desktop app's native save dialog; browser mode downloads instead. */
  pickSavePath?: (suggestedName: string) => Promise<string | null>
}

export interface Services {
  library: LibraryService
  annotations: AnnotationService
  categories: CategoryService
  settings: SettingsService
  imports: ImportService
  exports: ExportService
  handlers: Handlers
}

/** Builds every back-end service in dependency order. This is the one place where services are wired. */
export async function createServices(options: ContainerOptions): Promise<Services> {
  const catalog = await CatalogStore.open(options.dataDir)
  const texts = new ContentStore(options.dataDir, 'texts', '.txt')
  const sources = new ContentStore(options.dataDir, 'sources', '')
  await Promise.all([texts.boot(), sources.boot()])
  const annotationStore = new AnnotationStore(options.dataDir)
  await annotationStore.boot()
  const library = new LibraryService(catalog, texts, sources)
  const annotations = new AnnotationService(library, annotationStore, catalog)
  const categories = new CategoryService(catalog, annotations)
  const settings = new SettingsService(catalog)
  const workspace = new WorkspaceService(options.dataDir, library)
  const imports = new ImportService(library, settings, annotations, categories)
  const exports = new ExportService(library, annotations, categories)
  await seedCorpus(catalog, library, options.seedsDir)
  const info: AppInfo = { version: options.version, dataDir: options.dataDir, transport: options.transport }
  const dialogs = { pickFiles: options.pickFiles ?? (async () => null), pickSavePath: options.pickSavePath ?? (async () => null) }
  const handlers = createHandlers({ library, annotations, categories, settings, workspace, imports, exports, info, dialogs })
  return { library, annotations, categories, settings, imports, exports, handlers }
}
