/**
 * The names of the contract without its schemas, for the preload and the transports, which need no more. `calls.ts`
 * must define exactly these calls and `push-events.ts` exactly these events, which the compiler checks.
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
  'listImportFiles',
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

/** What the desktop app's main process sends the page unasked. */
export const pushEventNames = ['menuCommand', 'openPassage'] as const

export type PushEventName = (typeof pushEventNames)[number]

/** The IPC channel of a call; no other code spells a channel. */
export function channelOf(name: CallName): string {
  return `parallax:${name}`
}

/** The IPC channel of a push event. */
export function pushChannelOf(name: PushEventName): string {
  return `parallax:push:${name}`
}
