/**
 * The name of every call between the renderer and the back end. The preload and the renderer need only these
 * names, so they do not load the schemas; contract.ts must define exactly these calls, which the compiler checks.
 */
export const callNames = [
  'getAppInfo',
  'listDocuments',
  'openDocument',
  'updateDocumentMeta',
  'deleteDocument',
  'getAnnotations',
  'createHighlight',
  'restoreHighlight',
  'updateHighlight',
  'deleteHighlight',
  'reattachHighlight',
  'listHighlights',
  'setDocumentNote',
  'setDocumentTags',
  'listTags',
  'renameTag',
  'restoreTags',
  'listCategories',
  'saveCategory',
  'deleteCategory',
  'listOutlets',
  'renameOutlet',
  'mergeOutlets',
  'splitOutletAlias',
  'importFiles',
  'importPaths',
  'chooseImportFiles',
  'redecodeDocument',
  'exportNotes',
  'saveExportFile',
  'getSettings',
  'updateSettings',
  'getDocumentAnalysis',
  'listQuotes',
  'search',
  'listDataNotices',
  'useOwnCopy',
  'getWorkspace',
  'saveWorkspace'
] as const

export type CallName = (typeof callNames)[number]

export function isCallName(name: string): name is CallName {
  return (callNames as readonly string[]).includes(name)
}

/** The IPC channel of a call; no other code spells a channel. */
export function channelOf(name: CallName): string {
  return `parallax:${name}`
}
