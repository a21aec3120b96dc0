import { z } from 'zod'
import { DEFAULT_CATEGORIES } from '../../../shared/categories'
import { DEFAULT_EXPORT_CHOICES } from '../../../shared/export/types'
import type { Category, DocumentMeta, OutletEntry, Settings } from '../../../shared/model'
import type { BackedUpFiles } from '../backups'
import { isReadable } from '../json-database'
import { latestVersion, versionedFormat, type Migration } from '../migrations'

export const CATALOG_FILE = 'catalog.json'

export interface CatalogData {
  schemaVersion: number
  /** Set once the seed corpus has been imported, so documents the user deletes stay deleted. */
  seeded: boolean
  documents: Record<string, DocumentMeta>
  categories: Category[]
  /** Outlets the user has edited; the others are listed from the documents as they are. */
  outlets: OutletEntry[]
  settings: Settings
  /**
   * For each machine (by id), the clock of the last record of its journal (journal/<id>.jsonl) that this file holds;
   * the records after it are applied on top when the file is read.
   */
  journal: Record<string, string>
}

/** The catalog's migrations. Version 1 gives an unversioned file (or nothing at all) its first shape. */
export const catalogMigrations: Migration[] = [
  {
    version: 1,
    up: (data) => ({
      seeded: false,
      documents: {},
      settings: { theme: 'system' },
      ...data
    })
  },
  {
    version: 2,
    up: (data) => ({
      ...data,
      categories: DEFAULT_CATEGORIES,
      documents: Object.fromEntries(
        Object.entries(data.documents as Record<string, Record<string, unknown>>).map(([id, doc]) => [id, { tags: [], ...doc }])
      )
    })
  },
  {
    version: 3,
    up: (data) => ({ ...data, settings: { importLimitMb: 50, ...(data.settings as Record<string, unknown>) } })
  },
  {
    // The outlets the user has named, merged or split; every other outlet follows its documents' registrable domain.
    version: 4,
    up: (data) => ({ ...data, outlets: [] })
  },
  {
    // The encoding each text was read in, shown in its details: unknown for the documents already there.
    version: 5,
    up: (data) => ({
      ...data,
      documents: Object.fromEntries(
        Object.entries(data.documents as Record<string, Record<string, unknown>>).map(([id, doc]) => [id, { ...doc, encoding: null }])
      )
    })
  },
  {
    // The Quotes view's filter and the export dialog's choices, remembered from now on; the defaults until then.
    version: 6,
    up: (data) => ({
      ...data,
      settings: { ...(data.settings as Record<string, unknown>), quotesSharedOnly: true, export: structuredClone(DEFAULT_EXPORT_CHOICES) }
    })
  },
  {
    // The author a saved page or a Word file names; the texts imported until then named none apart from their text.
    version: 7,
    up: (data) => ({
      ...data,
      documents: Object.fromEntries(
        Object.entries(data.documents as Record<string, Record<string, unknown>>).map(([id, doc]) => [id, { ...doc, author: null }])
      )
    })
  },
  {
    // Edits are appended to a journal of each machine's and folded in here when idle: none folded in yet.
    version: 8,
    up: (data) => ({ ...data, journal: {} })
  }
]

export const CATALOG_VERSION = latestVersion(catalogMigrations)

/** What a document's metadata must be, in the catalog and in a journal record. */
export const documentSchema = z.object({
  id: z.string(),
  title: z.string(),
  author: z.string().nullable(),
  outlet: z.string().nullable(),
  date: z.string().nullable(),
  url: z.string().nullable(),
  wordCount: z.number(),
  tags: z.array(z.string()),
  sourceName: z.string(),
  sourceHash: z.string(),
  textHash: z.string(),
  encoding: z.object({ name: z.string(), method: z.enum(['bom', 'utf-8', 'declared', 'detected', 'fallback', 'chosen']) }).nullable(),
  addedAt: z.string(),
  updatedAt: z.string()
})

export const categoriesSchema = z.array(z.object({ id: z.string(), name: z.string(), color: z.string() }))
export const outletsSchema = z.array(z.object({ key: z.string(), name: z.string(), aliases: z.array(z.string()) }))
export const settingsSchema = z.object({
  theme: z.enum(['system', 'light', 'dark']),
  importLimitMb: z.number().positive(),
  quotesSharedOnly: z.boolean(),
  export: z.object({
    format: z.enum(['md', 'json', 'csv']),
    scope: z.enum(['document', 'library', 'chosen']),
    group: z.enum(['document', 'tag', 'category']),
    report: z.object({ outlets: z.boolean(), links: z.boolean(), emptyDocuments: z.boolean() })
  })
})

const catalogSchema: z.ZodType<CatalogData> = z.object({
  schemaVersion: z.number(),
  seeded: z.boolean(),
  documents: z.record(z.string(), documentSchema),
  categories: categoriesSchema,
  outlets: outletsSchema,
  settings: settingsSchema,
  journal: z.record(z.string(), z.string())
})

export const catalogFormat = versionedFormat({
  schema: catalogSchema,
  migrations: catalogMigrations,
  empty: (): CatalogData => ({
    schemaVersion: CATALOG_VERSION,
    seeded: false,
    documents: {},
    categories: DEFAULT_CATEGORIES,
    outlets: [],
    settings: { theme: 'system', importLimitMb: 50, quotesSharedOnly: true, export: structuredClone(DEFAULT_EXPORT_CHOICES) },
    journal: {}
  }),
  label: () => 'The library catalog'
})

/** How backups tell a good catalog.json from a damaged one. */
export const CATALOG_BACKUPS: BackedUpFiles = { folder: '', name: /^catalog\.json$/, isGood: (text) => isReadable(catalogFormat, text) }
