import type { Category, DocumentMeta, OutletEntry, Settings } from '../../shared/model'
import type { CatalogData } from './formats/catalog'

/**
 * One change of the catalog, as whole records: a document's metadata (null: the document is removed), the palette, the
 * outlets, the settings, the seeded flag. Applying it is an assignment, so applying it twice gives what once does.
 */
export interface CatalogEdit {
  documents?: Record<string, DocumentMeta | null>
  categories?: Category[]
  outlets?: OutletEntry[]
  settings?: Settings
  seeded?: boolean
}

/** The values an edit replaced, by key (`documents/<id>` or a field's name); a document that was not there is undefined. */
export type Replaced = Map<string, unknown>

const FIELDS = ['categories', 'outlets', 'settings', 'seeded'] as const

/** Applies `edit` to `data`; returns what it replaced, for `putBack`. */
export function applyEdit(data: CatalogData, edit: CatalogEdit): Replaced {
  const replaced: Replaced = new Map()
  for (const [id, meta] of Object.entries(edit.documents ?? {})) {
    replaced.set(documentKey(id), data.documents[id])
    if (meta === null) delete data.documents[id]
    else data.documents[id] = meta
  }
  for (const field of FIELDS) {
    if (edit[field] === undefined) continue
    replaced.set(field, data[field])
    Object.assign(data, { [field]: edit[field] })
  }
  return replaced
}

/** Puts back in `data` the value `key` had before an edit replaced it. */
export function putBack(data: CatalogData, key: string, value: unknown): void {
  if (key.startsWith(DOCUMENT_PREFIX)) {
    const id = key.slice(DOCUMENT_PREFIX.length)
    if (value === undefined) delete data.documents[id]
    else data.documents[id] = value as DocumentMeta
  } else Object.assign(data, { [key]: value })
}

const DOCUMENT_PREFIX = 'documents/'

function documentKey(id: string): string {
  return `${DOCUMENT_PREFIX}${id}`
}
