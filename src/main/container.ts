import { CatalogStore } from './store/catalog-store'
import { TextStore } from './store/text-store'
import { AnnotationStore } from './store/annotation-store'
import { AnnotationService } from './services/annotation-service'
import { CategoryService } from './services/category-service'
import { LibraryService } from './services/library-service'
import { SettingsService } from './services/settings-service'
import { seedCorpus } from './services/seed-corpus'
import { createHandlers } from './ipc/handlers'
import type { Handlers } from '../shared/contract'
import type { AppInfo } from '../shared/model'

export interface ContainerOptions {
  dataDir: string
  seedsDir: string
  version: string
  transport: AppInfo['transport']
}

export interface Services {
  library: LibraryService
  annotations: AnnotationService
  categories: CategoryService
  settings: SettingsService
  handlers: Handlers
}

/** Builds every back-end service in dependency order. This is the one place where services are wired. */
export async function createServices(options: ContainerOptions): Promise<Services> {
  const catalog = await CatalogStore.open(options.dataDir)
  const texts = new TextStore(options.dataDir)
  await texts.boot()
  const annotationStore = new AnnotationStore(options.dataDir)
  await annotationStore.boot()
  const library = new LibraryService(catalog, texts)
  const annotations = new AnnotationService(library, annotationStore, catalog)
  const categories = new CategoryService(catalog, annotations)
  const settings = new SettingsService(catalog)
  await seedCorpus(catalog, library, options.seedsDir)
  const info: AppInfo = { version: options.version, dataDir: options.dataDir, transport: options.transport }
  const handlers = createHandlers({ library, annotations, categories, settings, info })
  return { library, annotations, categories, settings, handlers }
}
