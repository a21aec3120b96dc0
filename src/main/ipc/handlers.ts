import type { Handlers } from '../../shared/contract/calls'
import type { AppInfo } from '../../shared/model'
import type { AnalysisService } from '../services/analysis-service'
import type { AnnotationService } from '../services/annotation-service'
import type { CategoryService } from '../services/category-service'
import type { ExportService } from '../services/export-service'
import type { ImportService } from '../services/import-service'
import type { LibraryService } from '../services/library-service'
import type { OutletService } from '../services/outlet-service'
import type { SearchService } from '../services/search-service'
import type { SettingsService } from '../services/settings-service'
import type { TagService } from '../services/tag-service'
import type { WorkspaceService } from '../services/workspace-service'
import type { DataNotices } from '../store/data-notices'
import type { HeldFiles } from '../store/held-files'

export interface HandlerDeps {
  library: LibraryService
  annotations: AnnotationService
  categories: CategoryService
  tags: TagService
  outlets: OutletService
  imports: ImportService
  exports: ExportService
  settings: SettingsService
  workspace: WorkspaceService
  analysis: AnalysisService
  search: SearchService
  notices: DataNotices
  held: HeldFiles
  info: AppInfo
}

/** Routes each contract entry to one service call; arguments arrive parsed, and every decision is the service's. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { library, annotations, categories, tags, outlets, imports, exports, settings, workspace, analysis, search, notices, held, info } = deps
  return {
    getAppInfo: async () => info,
    listDocuments: async () => library.summaries(),
    openDocument: ({ id, head }) => library.open(id, head),
    updateDocumentMeta: ({ id, patch }) => library.updateMeta(id, patch),
    deleteDocument: ({ id }) => annotations.removeDocument(id),
    getAnnotations: ({ documentId, before }) => annotations.forDocument(documentId, before),
    createHighlight: (input) => annotations.create(input),
    restoreHighlight: ({ highlight }) => annotations.restore(highlight),
    updateHighlight: ({ documentId, id, patch }) => annotations.update(documentId, id, patch),
    deleteHighlight: ({ documentId, id }) => annotations.remove(documentId, id),
    reattachHighlight: ({ documentId, id, start, end }) => annotations.reattach(documentId, id, start, end),
    listHighlights: (filter) => annotations.list(filter),
    setDocumentNote: ({ documentId, note }) => annotations.setDocumentNote(documentId, note),
    setDocumentTags: ({ documentId, tags: list }) => library.setTags(documentId, list),
    listTags: () => tags.list(),
    renameTag: ({ from, to }) => tags.rename(from, to),
    restoreTags: ({ changes }) => tags.restore(changes),
    listCategories: async () => categories.list(),
    saveCategory: (input) => categories.save(input),
    deleteCategory: ({ id }) => annotations.removeCategory(id),
    listOutlets: async () => outlets.list(),
    renameOutlet: ({ key, name }) => outlets.rename(key, name),
    mergeOutlets: ({ from, into }) => outlets.merge(from, into),
    splitOutletAlias: ({ key, alias }) => outlets.split(key, alias),
    importFiles: ({ files }) => imports.importFiles(files),
    listImportFiles: ({ paths }) => imports.listFiles(paths),
    importPaths: ({ paths }) => imports.importPaths(paths),
    chooseImportFiles: ({ folders }) => imports.chooseFiles(folders ?? false),
    redecodeDocument: ({ id, encoding }) => imports.redecode(id, encoding),
    exportNotes: (request) => exports.export(request),
    saveExportFile: ({ fileName, content }) => exports.save(fileName, content),
    getSettings: async () => settings.get(),
    updateSettings: (change) => settings.update(change),
    getDocumentAnalysis: ({ id }) => analysis.readerAnalysis(id),
    listQuotes: ({ sharedOnly }) => analysis.quotes(sharedOnly),
    search: (query) => search.search(query),
    listDataNotices: async () => notices.list(),
    useOwnCopy: ({ file }) => held.useOwnCopy(file),
    getWorkspace: () => workspace.get(),
    saveWorkspace: ({ layout }) => workspace.save(layout)
  }
}
