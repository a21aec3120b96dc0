import { SearchService } from '../../../../src/main/services/search-service'
import { AnnotationService } from '../../../../src/main/services/annotation-service'
import { CategoryService } from '../../../../src/main/services/category-service'
import { LibraryService } from '../../../../src/main/services/library-service'
import { seedCorpus } from '../../../../src/main/services/seed-corpus'
import { AnnotationStore } from '../../../../src/main/store/annotation-store'
import { CatalogStore } from '../../../../src/main/store/catalog-store'
import { ContentStore } from '../../../../src/main/store/content-store'
import type { SearchQuery } from '../../../../src/shared/search'
import { SEEDS_DIR, tempDir } from '../../../helpers/temp-dir'
import { machineFolder } from '../../../../src/main/store/machine-folder'

/**
 * The real library and annotation services on a fresh data folder seeded with seeds/, and a search service over them
 * with its index built, in the worker thread of `worker` when it is given. The tests report each change to the search
 * service themselves, as the app's wiring does.
 */
export async function seededSearch(worker?: string) {
  const dataDir = await tempDir()
  const catalog = await CatalogStore.open(dataDir)
  const texts = new ContentStore(machineFolder(dataDir), 'texts', '.txt')
  const sources = new ContentStore(machineFolder(dataDir), 'sources', '')
  const store = new AnnotationStore(dataDir)
  await Promise.all([texts.boot(), sources.boot(), store.boot()])
  const library = new LibraryService(catalog, texts, sources)
  const annotations = new AnnotationService(library, store, new CategoryService(catalog))
  await seedCorpus(catalog, library, SEEDS_DIR)
  const search = new SearchService(library, annotations, { worker })
  await search.build()
  /** A seed's document by its number, `000` to `004`. */
  const seed = (number: string) => library.list().find((doc) => doc.sourceName.startsWith(`${number}_`))!
  /** The seed number (or file name) of each group, best first. */
  const found = async (query: SearchQuery | string) => {
    const results = await search.search(typeof query === 'string' ? { text: query } : query)
    return results.groups.map((group) => library.get(group.documentId).sourceName.replace(/_.*/, ''))
  }
  const textOf = async (documentId: string) => (await library.open(documentId)).text
  return { library, annotations, search, seed, found, textOf }
}
