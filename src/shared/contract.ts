import { z } from 'zod'
import type { AppInfo, DocumentMeta, OpenedDocument, Settings } from './model'
import type { Result } from './errors'

/** One call of the contract: a schema for its argument, and its result type carried as a phantom. */
export interface CallSpec<Input extends z.ZodType, Output> {
  input: Input
  output?: Output
}

function call<Input extends z.ZodType>(input: Input) {
  return { returns: <Output>(): CallSpec<Input, Output> => ({ input }) }
}

const documentId = z.string().regex(/^d_[a-z0-9]{8,32}$/, 'Not a document id.')
const isoDate = z.iso.date({ message: 'Dates are written YYYY-MM-DD.' })
const webUrl = z.url({ protocol: /^https?$/, message: 'Only http and https links can be stored.' }).max(2048)
const noArgument = z.strictObject({})

export const metadataPatch = z.strictObject({
  title: z.string().trim().min(1, 'A title cannot be empty.').max(500).optional(),
  outlet: z.string().trim().max(200).nullable().optional(),
  date: isoDate.nullable().optional(),
  url: webUrl.nullable().optional()
})

/** Every call between the renderer and the back end. Main, preload and renderer derive their types from this map. */
export const contract = {
  getAppInfo: call(noArgument).returns<AppInfo>(),
  listDocuments: call(noArgument).returns<DocumentMeta[]>(),
  openDocument: call(z.strictObject({ id: documentId })).returns<OpenedDocument>(),
  updateDocumentMeta: call(z.strictObject({ id: documentId, patch: metadataPatch })).returns<DocumentMeta>(),
  deleteDocument: call(z.strictObject({ id: documentId })).returns<void>(),
  getSettings: call(noArgument).returns<Settings>(),
  updateSettings: call(z.strictObject({ theme: z.enum(['system', 'light', 'dark']) })).returns<Settings>()
}

export type Contract = typeof contract
export type CallName = keyof Contract
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>
export type CallOutput<K extends CallName> = Contract[K] extends CallSpec<z.ZodType, infer O> ? O : never

/** What the renderer calls: one method per contract entry. */
export type Api = { [K in CallName]: (input: CallInput<K>) => Promise<CallOutput<K>> }

/** What the preload and the HTTP client hand back: errors travel as data. */
export type RawApi = { [K in CallName]: (input: CallInput<K>) => Promise<Result<CallOutput<K>>> }

/** What the back end implements: arguments arrive already parsed. */
export type Handlers = { [K in CallName]: (input: ParsedInput<K>) => Promise<CallOutput<K>> }

export const callNames = Object.keys(contract) as CallName[]

export function isCallName(name: string): name is CallName {
  return Object.hasOwn(contract, name)
}

/** The IPC channel of a call; no other code spells a channel. */
export function channelOf(name: CallName): string {
  return `parallax:${name}`
}
