import type { Handlers } from '../../shared/contract/calls'
import type { AppInfo } from '../../shared/model'
import type { LibraryService } from '../services/library-service'
import type { AnnotationService } from '../services/annotation-service'
import type { CategoryService } from '../services/category-service'
import type { OutletService } from '../services/outlet-service'
import type { ImportService } from '../services/import-service'
import type { ExportService } from '../services/export-service'
import { writeFileAtomically } from '../store/atomic-write'
import { textHead } from '../../shared/text'
import { AppError } from '../../shared/errors'
import type { SettingsService } from '../services/settings-service'
import type { WorkspaceService } from '../services/workspace-service'
import type { AnalysisService } from '../services/analysis-service'
import type { SearchService } from '../services/search-service'
import type { DataNotices } from '../store/data-notices'
import type { HeldFiles } from '../store/held-files'

interface HandlerDeps {
  library: LibraryService
  annotations: AnnotationService
  categories: CategoryService
  outlets: OutletService
  imports: ImportService
  exports: ExportService
  dialogs: {
    pickFiles: (folders: boolean) => Promise<string[] | null>
    pickSavePath: (suggestedName: string) => Promise<string | null>
  }
  settings: SettingsService
  workspace: WorkspaceService
  analysis: AnalysisService
  search: SearchService
  notices: DataNotices
  held: HeldFiles
  info: AppInfo
}

/** Maps each contract entry to a service call. Handlers stay thin: arguments arrive parsed. */
export function createHandlers({ library, annotations, categories, outlets, settings, workspace, imports, exports, analysis, search, notices, held, info, dialogs }: HandlerDeps): Handlers {
  return {
    getAppInfo: async () => info,
    listDocuments: async () => library.summaries(),
    openDocument: async ({ id, head }) => {
      const opened = await library.open(id)
      return head === undefined ? opened : { ...opened, text: textHead(opened.text, head) }
    },
    updateDocumentMeta: ({ id, patch }) => library.updateMeta(id, patch),
    deleteDocument: async ({ id }) => {
      await library.remove(id)
      await annotations.forget(id)
    },
    getAnnotations: async ({ documentId, before }) => {
      const all = await annotations.forDocument(documentId)
      return before === undefined ? all : { ...all, highlights: all.highlights.filter((h) => h.range !== null && h.range.start < before) }
    },
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
    listOutlets: async () => outlets.list(),
    renameOutlet: ({ key, name }) => outlets.rename(key, name),
    mergeOutlets: ({ from, into }) => outlets.merge(from, into),
    splitOutletAlias: ({ key, alias }) => outlets.split(key, alias),
    importFiles: ({ files }) => imports.importFiles(files),
    importPaths: ({ paths }) => {
      // Paths name files on the machine the back end runs on; only the desktop app's own window may send them.
      if (info.transport !== 'electron') throw new AppError('forbidden', 'Browser mode imports the files you choose or drop, not paths.')
      return imports.importPaths(paths)
    },
    chooseImportFiles: ({ folders }) => dialogs.pickFiles(folders ?? false),
    redecodeDocument: ({ id, encoding }) => imports.redecode(id, encoding),
    exportNotes: (request) => exports.export(request),
    saveExportFile: async ({ fileName, content }) => {
      const path = await dialogs.pickSavePath(fileName)
      if (path) await writeFileAtomically(path, content)
      return path
    },
    getSettings: async () => settings.get(),
    updateSettings: (change) => settings.update(change),
    getDocumentAnalysis: ({ id }) => analysis.documentAnalysis(id),
    listQuotes: () => analysis.quotes(),
    search: (query) => search.search(query),
    listDataNotices: async () => notices.list(),
    useOwnCopy: ({ file }) => held.useOwnCopy(file),
    getWorkspace: () => workspace.get(),
    saveWorkspace: ({ layout }) => workspace.save(layout)
  }
}
