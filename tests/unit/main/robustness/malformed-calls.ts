import { z } from 'zod'
import type { CallName } from '../../../../src/shared/contract/names'
import { calls, type CallInput } from '../../../../src/shared/contract/calls'

/** Ids of the right shape that no library holds. */
export const NO_DOCUMENT = 'd_0000000000000000'
const NO_HIGHLIGHT = 'h_0000000000000000'
const NO_CATEGORY = 'no-such-category'

/**
 * One well-formed argument per call, naming documents, highlights and categories that do not exist. The malformed
 * cases are made from these; `satisfies` makes a new contract entry a compile error here until it has one.
 */
export const WELL_FORMED = {
  getAppInfo: {},
  listDocuments: {},
  openDocument: { id: NO_DOCUMENT, head: 4096 },
  updateDocumentMeta: { id: NO_DOCUMENT, patch: { title: 'A title', outlet: 'An outlet', date: '2024-01-31', url: 'https://example.org/a' } },
  deleteDocument: { id: NO_DOCUMENT },
  getAnnotations: { documentId: NO_DOCUMENT, before: 4096 },
  createHighlight: { documentId: NO_DOCUMENT, start: 0, end: 10, categoryId: 'claim', tags: ['a'], note: 'n' },
  restoreHighlight: {
    highlight: {
      id: NO_HIGHLIGHT,
      documentId: NO_DOCUMENT,
      categoryId: 'claim',
      tags: ['a'],
      note: 'n',
      position: { start: 0, end: 5 },
      quote: { exact: 'hello', prefix: '', suffix: '' },
      orphan: null,
      createdAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z'
    }
  },
  updateHighlight: { documentId: NO_DOCUMENT, id: NO_HIGHLIGHT, patch: { categoryId: 'claim', tags: ['a'], note: 'n' } },
  deleteHighlight: { documentId: NO_DOCUMENT, id: NO_HIGHLIGHT },
  reattachHighlight: { documentId: NO_DOCUMENT, id: NO_HIGHLIGHT, start: 0, end: 5 },
  listHighlights: { documentId: NO_DOCUMENT, categoryId: 'claim', tag: 'a' },
  setDocumentNote: { documentId: NO_DOCUMENT, note: 'n' },
  setDocumentTags: { documentId: NO_DOCUMENT, tags: ['a'] },
  listTags: {},
  renameTag: { from: 'a', to: 'b' },
  restoreTags: { changes: [{ documentId: NO_DOCUMENT, highlightId: NO_HIGHLIGHT, tags: ['a'] }] },
  listCategories: {},
  saveCategory: { id: NO_CATEGORY, name: 'A name', color: '#123456' },
  deleteCategory: { id: NO_CATEGORY },
  listOutlets: {},
  renameOutlet: { key: 'no-such-outlet.example', name: 'A name' },
  mergeOutlets: { from: 'no-such-outlet.example', into: 'another.example' },
  splitOutletAlias: { key: 'no-such-outlet.example', alias: 'a.no-such-outlet.example' },
  importFiles: { files: [{ name: 'a.txt', size: 5, bytes: new TextEncoder().encode('hello') }] },
  listImportFiles: { paths: ['/no/such/folder'] },
  importPaths: { paths: ['/no/such/folder/a.txt'] },
  chooseImportFiles: {},
  redecodeDocument: { id: NO_DOCUMENT, encoding: 'utf-8' },
  exportNotes: { format: 'md', group: 'document', documentIds: [NO_DOCUMENT], tag: 'a' },
  saveExportFile: { fileName: 'notes.md', content: 'x' },
  getSettings: {},
  updateSettings: { theme: 'dark', importLimitMb: 10 },
  getDocumentAnalysis: { id: NO_DOCUMENT },
  listQuotes: { sharedOnly: true },
  search: { text: 'a', documentId: NO_DOCUMENT, outlet: 'o', tag: 't', categoryId: 'claim', notesOnly: false, limit: 10 },
  listDataNotices: {},
  useOwnCopy: { file: `annotations/${NO_DOCUMENT}.json` },
  getWorkspace: {},
  saveWorkspace: {
    layout: {
      panes: [{ documentId: NO_DOCUMENT, size: 1, scrollOffset: 0 }],
      focused: 0,
      lockScroll: true,
      showBoilerplate: false,
      showLibrary: true,
      showNotes: true
    }
  }
} satisfies { [K in CallName]: CallInput<K> }

/** A malformed argument: a value, or JSON text where the value cannot say it (a `__proto__` key, NaN). */
export interface MalformedCase {
  label: string
  input: unknown
  /** The request body, when it is not JSON.stringify(input). */
  body?: string
}

const TEN_MB = 'x'.repeat(10 * 1024 * 1024)
/** Negative, beyond any offset, fractional (and too small for a share of the width), and what JSON cannot hold. */
const NUMBERS = [-1, -(2 ** 31), 2 ** 53 + 2, 1e308, 1e-9, Number.NaN, Number.POSITIVE_INFINITY]

/**
 * Arguments the contract must refuse for `name`: not an object at all; each field missing (where it is required), of
 * the wrong type, negative, huge or fractional; an unknown field, `__proto__` and `constructor` keys at every level;
 * and one string 10 MB long (the first met, or an unknown field when there is none).
 */
export function malformedCases(name: CallName): MalformedCase[] {
  const base: unknown = WELL_FORMED[name]
  const cases: MalformedCase[] = [null, 42, 'text', [], true].map((input) => ({ label: `argument ${JSON.stringify(input)}`, input }))
  const schema = calls[name].input
  if (schema instanceof z.ZodObject) {
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      if (!field.safeParse(undefined).success) cases.push({ label: `${key} missing`, input: without(base, key) })
    }
  }
  let longString = false
  for (const [path, value] of nodes(base)) {
    const at = path.length === 0 ? 'argument' : path.join('.')
    if (path.length > 0) cases.push({ label: `${at} of the wrong type`, input: replaced(base, path, wrongType(value)) })
    if (typeof value === 'number') {
      for (const n of NUMBERS) cases.push({ label: `${at} = ${n}`, input: replaced(base, path, n), body: bodyWith(base, path, String(n)) })
    }
    if (typeof value === 'string' && !longString) {
      longString = true
      cases.push({ label: `${at} 10 MB long`, input: replaced(base, path, TEN_MB) })
    }
    if (Array.isArray(value)) cases.push({ label: `${at} with an element of the wrong type`, input: replaced(base, path, [...value, { not: 'this' }]) })
    if (isObject(value)) {
      cases.push({ label: `${at} with an unknown field`, input: replaced(base, path, { ...value, unknown: 1 }) })
      for (const key of ['__proto__', 'constructor']) {
        const hostile = `{"${key}":{"polluted":"yes","prototype":{"polluted":"yes"}}${Object.keys(value).length > 0 ? ',' : ''}${JSON.stringify(value).slice(1)}`
        const body = bodyWith(base, path, hostile)
        cases.push({ label: `${at} with a ${key} key`, input: JSON.parse(body), body })
      }
    }
  }
  if (!longString) cases.push({ label: 'a 10 MB unknown field', input: { ...(base as object), filler: TEN_MB } })
  return cases
}

/** An object with fields: not an array, and not bytes, which are one value. */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array)
}

/** Every value in `root` with its path, `root` itself first. */
function nodes(root: unknown, path: (string | number)[] = []): [(string | number)[], unknown][] {
  const found: [(string | number)[], unknown][] = [[path, root]]
  if (Array.isArray(root)) root.forEach((item, i) => found.push(...nodes(item, [...path, i])))
  else if (isObject(root)) for (const [key, item] of Object.entries(root)) found.push(...nodes(item, [...path, key]))
  return found
}

function replaced(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value
  const copy = structuredClone(root) as Record<string | number, unknown>
  let parent = copy
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>
  parent[path.at(-1)!] = value
  return copy
}

function without(root: unknown, key: string): unknown {
  const copy = structuredClone(root) as Record<string, unknown>
  delete copy[key]
  return copy
}

/** The request body with the JSON text `text` at `path`, for what JSON.stringify cannot write. */
function bodyWith(root: unknown, path: (string | number)[], text: string): string {
  const marker = '\u0000here\u0000'
  return JSON.stringify(replaced(root, path, marker)).replace(JSON.stringify(marker), text)
}

function wrongType(value: unknown): unknown {
  if (typeof value === 'string') return 42
  if (typeof value === 'number') return '1'
  if (typeof value === 'boolean') return 'true'
  if (value === null) return 42
  if (Array.isArray(value)) return { 0: 'a' }
  return ['a']
}
