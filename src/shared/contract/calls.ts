import { z } from 'zod'
import type {
  AppInfo,
  Category,
  DataNotice,
  DocumentAnnotations,
  DocumentMeta,
  DocumentSummary,
  ExportFile,
  Highlight,
  ImportListing,
  ImportReport,
  OpenedDocument,
  Outlet,
  PlacedHighlight,
  Settings,
  TagChange,
  TagCount
} from '../model'
import { withoutBidiControls } from '../text'
import { MAX_PANES, type WorkspaceLayout } from '../workspace'
import type { QuoteCluster } from '../analysis/types'
import type { ReaderAnalysis } from '../analysis/passage-list'
import { MAX_LIMIT, type SearchResults } from '../search'
import type { Result } from '../errors'
import { MAX_IMPORT_LIMIT_MB } from './body-codec'
import {
  categoryId,
  dataFile,
  documentId,
  highlightId,
  isoDate,
  noArgument,
  note,
  offset,
  outletAlias,
  sentBytes,
  tag,
  tags,
  webUrl
} from './fields'
import type { CallName } from './names'

/** One call of the contract: a schema for its argument, and its result type carried as a phantom. */
export interface CallSpec<Input extends z.ZodType, Output> {
  input: Input
  output?: Output
}

function call<Input extends z.ZodType>(input: Input) {
  return { returns: <Output>(): CallSpec<Input, Output> => ({ input }) }
}

/** A highlight as stored; also what undo sends back to restore a deleted one. */
export const highlightSchema = z.strictObject({
  id: highlightId,
  documentId,
  categoryId,
  tags,
  note,
  position: z.strictObject({ start: offset, end: offset }),
  quote: z.strictObject({ exact: z.string().max(1_000_000), prefix: z.string().max(200), suffix: z.string().max(200) }),
  orphan: z.enum(['not-found', 'ambiguous', 'low-score']).nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime()
})

/** The saved workspace; the same schema checks what the renderer sends and what is read back from disk. */
export const workspaceLayoutSchema = z
  .strictObject({
    panes: z
      .array(z.strictObject({ documentId: documentId.nullable(), size: z.number().min(0.05).max(20), scrollOffset: offset }))
      .min(1)
      .max(MAX_PANES, `At most ${MAX_PANES} panes.`),
    focused: z.number().int().min(0).max(MAX_PANES - 1),
    lockScroll: z.boolean(),
    showBoilerplate: z.boolean(),
    showLibrary: z.boolean(),
    showNotes: z.boolean()
  })
  .refine((layout) => layout.focused < layout.panes.length, 'The focused pane must exist.')

const tagChange = z.strictObject({ documentId, highlightId: highlightId.nullable(), tags })

const metadataPatch = z.strictObject({
  title: z.string().trim().overwrite(withoutBidiControls).min(1, 'A title cannot be empty.').max(500).optional(),
  author: z.string().trim().overwrite(withoutBidiControls).max(200).nullable().optional(),
  outlet: z.string().trim().overwrite(withoutBidiControls).max(200).nullable().optional(),
  date: isoDate.nullable().optional(),
  url: webUrl.nullable().optional()
})

const exportFormat = z.enum(['md', 'json', 'csv'])
const exportGroup = z.enum(['document', 'tag', 'category'])
const reportOptions = z.strictObject({ outlets: z.boolean(), links: z.boolean(), emptyDocuments: z.boolean() })

/** Every call between the renderer and the back end. Main, preload and renderer derive their types from this map. */
export const calls = {
  getAppInfo: call(noArgument).returns<AppInfo>(),
  listDocuments: call(noArgument).returns<DocumentSummary[]>(),
  openDocument: call(
    z.strictObject({
      id: documentId,
      /** Only the beginning of the text, up to this many UTF-16 units, for a first screen while the rest is asked for. */
      head: z.number().int().min(1).optional()
    })
  ).returns<OpenedDocument>(),
  updateDocumentMeta: call(z.strictObject({ id: documentId, patch: metadataPatch })).returns<DocumentMeta>(),
  deleteDocument: call(z.strictObject({ id: documentId })).returns<void>(),
  getAnnotations: call(
    z.strictObject({
      documentId,
      /** Only the highlights placed before this UTF-16 offset, for the first screen of a long text (`openDocument`'s head). */
      before: z.number().int().min(0).optional()
    })
  ).returns<DocumentAnnotations>(),
  createHighlight: call(
    z.strictObject({ documentId, start: offset, end: offset, categoryId, tags: tags.optional(), note: note.optional() })
  ).returns<PlacedHighlight>(),
  restoreHighlight: call(z.strictObject({ highlight: highlightSchema })).returns<PlacedHighlight>(),
  updateHighlight: call(
    z.strictObject({
      documentId,
      id: highlightId,
      patch: z.strictObject({ categoryId: categoryId.optional(), tags: tags.optional(), note: note.optional() })
    })
  ).returns<PlacedHighlight>(),
  deleteHighlight: call(z.strictObject({ documentId, id: highlightId })).returns<Highlight>(),
  reattachHighlight: call(z.strictObject({ documentId, id: highlightId, start: offset, end: offset })).returns<PlacedHighlight>(),
  listHighlights: call(
    z.strictObject({ documentId: documentId.optional(), categoryId: categoryId.optional(), tag: tag.optional() })
  ).returns<Highlight[]>(),
  setDocumentNote: call(z.strictObject({ documentId, note })).returns<void>(),
  setDocumentTags: call(z.strictObject({ documentId, tags })).returns<DocumentMeta>(),
  listTags: call(noArgument).returns<TagCount[]>(),
  renameTag: call(z.strictObject({ from: tag.min(1), to: tag.min(1) })).returns<TagChange[]>(),
  restoreTags: call(z.strictObject({ changes: z.array(tagChange).max(100_000) })).returns<void>(),
  listCategories: call(noArgument).returns<Category[]>(),
  saveCategory: call(
    z.strictObject({
      id: categoryId.optional(),
      name: z.string().trim().min(1, 'A category needs a name.').max(60),
      color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Colours are written #rrggbb.')
    })
  ).returns<Category[]>(),
  deleteCategory: call(z.strictObject({ id: categoryId })).returns<Category[]>(),
  listOutlets: call(noArgument).returns<Outlet[]>(),
  renameOutlet: call(
    z.strictObject({ key: outletAlias, name: z.string().trim().min(1, 'An outlet needs a name.').max(200, 'An outlet name has at most 200 characters.') })
  ).returns<Outlet[]>(),
  mergeOutlets: call(z.strictObject({ from: outletAlias, into: outletAlias })).returns<Outlet[]>(),
  /** Makes one alias of the outlet `key` an outlet of its own. */
  splitOutletAlias: call(z.strictObject({ key: outletAlias, alias: outletAlias })).returns<Outlet[]>(),
  importFiles: call(
    z.strictObject({
      files: z
        .array(
          z.strictObject({
            name: z.string().min(1).max(1024),
            size: z.number().int().min(0),
            /** The file's bytes, or null for a file over the size limit, which is not sent. */
            bytes: sentBytes.nullable()
          })
        )
        .max(500, 'At most 500 files per call.')
    })
  ).returns<ImportReport>(),
  /** The desktop app: the files below paths dropped or chosen, so an import counts its progress by file. */
  listImportFiles: call(z.strictObject({ paths: z.array(z.string().min(1).max(4096)).max(10_000) })).returns<ImportListing>(),
  importPaths: call(z.strictObject({ paths: z.array(z.string().min(1).max(4096)).max(10_000) })).returns<ImportReport>(),
  /** The desktop app's open dialog: files (and, on macOS, folders too), or with `folders` a folder picker. */
  chooseImportFiles: call(z.strictObject({ folders: z.boolean().optional() })).returns<string[] | null>(),
  /** Reads a document's original file again: decoded in `encoding`, or without one as at import. */
  redecodeDocument: call(z.strictObject({ id: documentId, encoding: z.string().min(1).max(40).optional() })).returns<DocumentMeta>(),
  exportNotes: call(
    z.strictObject({
      format: exportFormat,
      group: exportGroup.optional(),
      documentIds: z.array(documentId).min(1).max(100_000).optional(),
      tag: tag.optional(),
      report: reportOptions.optional()
    })
  ).returns<ExportFile>(),
  saveExportFile: call(z.strictObject({ fileName: z.string().min(1).max(255), content: z.string().max(512 * 1024 * 1024) })).returns<
    string | null
  >(),
  getSettings: call(noArgument).returns<Settings>(),
  updateSettings: call(
    z.strictObject({
      theme: z.enum(['system', 'light', 'dark']).optional(),
      importLimitMb: z.number().int().min(1, 'The limit is at least 1 MB.').max(MAX_IMPORT_LIMIT_MB, 'The limit is at most 2,048 MB.').optional(),
      quotesSharedOnly: z.boolean().optional(),
      export: z
        .strictObject({ format: exportFormat, scope: z.enum(['document', 'library', 'chosen']), group: exportGroup, report: reportOptions })
        .optional()
    })
  ).returns<Settings>(),
  getDocumentAnalysis: call(z.strictObject({ id: documentId })).returns<ReaderAnalysis>(),
  /** With `sharedOnly`, only the quotes more than one document carries. */
  listQuotes: call(z.strictObject({ sharedOnly: z.boolean() })).returns<QuoteCluster[]>(),
  search: call(
    z.strictObject({
      text: z.string().max(1000, 'A search has at most 1,000 characters.'),
      documentId: documentId.optional(),
      outlet: z.string().max(200).optional(),
      tag: tag.optional(),
      categoryId: categoryId.optional(),
      notesOnly: z.boolean().optional(),
      limit: z.number().int().min(1).max(MAX_LIMIT).optional()
    })
  ).returns<SearchResults>(),
  listDataNotices: call(noArgument).returns<DataNotice[]>(),
  /** Puts this Parallax's copy in place of a data file a newer one wrote (a held notice's file); returns where that file went. */
  useOwnCopy: call(z.strictObject({ file: dataFile })).returns<string>(),
  getWorkspace: call(noArgument).returns<WorkspaceLayout>(),
  saveWorkspace: call(z.strictObject({ layout: workspaceLayoutSchema })).returns<void>()
} satisfies Record<CallName, CallSpec<z.ZodType, unknown>>

export type Calls = typeof calls
export type CallInput<K extends CallName> = z.input<Calls[K]['input']>
export type ParsedInput<K extends CallName> = z.output<Calls[K]['input']>
export type CallOutput<K extends CallName> = Calls[K] extends CallSpec<z.ZodType, infer O> ? O : never

/** What the renderer calls: one method per contract entry. */
export type Api = { [K in CallName]: (input: CallInput<K>) => Promise<CallOutput<K>> }

/** What the preload and the HTTP client hand back: errors travel as data. */
export type RawApi = { [K in CallName]: (input: CallInput<K>) => Promise<Result<CallOutput<K>>> }

/** What the back end implements: arguments arrive already parsed. */
export type Handlers = { [K in CallName]: (input: ParsedInput<K>) => Promise<CallOutput<K>> }
