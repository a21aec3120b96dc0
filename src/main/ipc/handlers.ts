import type { Handlers } from '../../shared/contract'
import type { AppInfo } from '../../shared/model'
import type { LibraryService } from '../services/library-service'
import type { AnnotationService } from '../services/annotation-service'
import type { CategoryService } from '../services/category-service'
import type { SettingsService } from '../services/settings-service'

interface HandlerDeps {
  library: LibraryService
  annotations: AnnotationService
  categories: CategoryService
  settings: SettingsService
  info: AppInfo
}

/** Maps each contract entry to a service call. Handlers stay thin: arguments arrive parsed. */
export function createHandlers({ library, annotations, categories, settings, info }: HandlerDeps): Handlers {
  return {
    getAppInfo: async () => info,
    listDocuments: async () => library.list(),
    openDocument: ({ id }) => library.open(id),
    updateDocumentMeta: ({ id, patch }) => library.updateMeta(id, patch),
    deleteDocument: async ({ id }) => {
      await library.remove(id)
      await annotations.forget(id)
    },
    getAnnotations: ({ documentId }) => annotations.forDocument(documentId),
    createHighlight: (input) => annotations.create(input),
    restoreHighlight: ({ highlight }) => annotations.restore(highlight),
    updateHighlight: ({ documentId, id, patch }) => annotations.update(documentId, id, patch),
    deleteHighlight: ({ documentId, id }) => annotations.remove(documentId, id),
    reattachHighlight: ({ documentId, id, start, end }) => annotations.reattach(documentId, id, start, end),
    listHighlights: (filter) => annotations.list(filter),
    setDocumentNote: ({ documentId, note }) => annotations.setDocumentNote(documentId, note),
    setDocumentTags: ({ documentId, tags }) => library.setTags(documentId, tags),
    listTags: () => annotations.listTags(),
    renameTag: ({ from, to }) => annotations.renameTag(from, to),
    restoreTags: ({ changes }) => annotations.restoreTags(changes),
    listCategories: async () => categories.list(),
    saveCategory: (input) => categories.save(input),
    deleteCategory: ({ id }) => categories.remove(id),
    getSettings: async () => settings.get(),
    updateSettings: (change) => settings.update(change)
  }
}
