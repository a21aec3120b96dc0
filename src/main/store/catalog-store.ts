import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { z } from 'zod'
import { AppError } from '../../shared/errors'
import { DEFAULT_CATEGORIES } from '../../shared/categories'
import type { Category, DocumentMeta, Settings } from '../../shared/model'
import { DurableJsonFile } from './durable-json-file'
import { catalogMigrations, latestVersion, migrate } from './migrations'
import { removeStaleTempFiles } from './atomic-write'

export interface CatalogData {
  schemaVersion: number
  /** Set once the seed corpus has been imported, so documents the user deletes stay deleted. */
  seeded: boolean
  documents: Record<string, DocumentMeta>
  categories: Category[]
  settings: Settings
}

const documentSchema = z.object({
  id: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  date: z.string().nullable(),
  url: z.string().nullable(),
  wordCount: z.number(),
  tags: z.array(z.string()),
  sourceName: z.string(),
  sourceHash: z.string(),
  textHash: z.string(),
  addedAt: z.string(),
  updatedAt: z.string()
})

const catalogSchema = z.object({
  schemaVersion: z.number(),
  seeded: z.boolean(),
  documents: z.record(z.string(), documentSchema),
  categories: z.array(z.object({ id: z.string(), name: z.string(), color: z.string() })),
  settings: z.object({ theme: z.enum(['system', 'light', 'dark']), importLimitMb: z.number().positive() })
})

export const CATALOG_FILE = 'catalog.json'

/** The small catalog of the library: document metadata and settings. It is the one owner of catalog.json. */
export class CatalogStore {
  readonly #db: Low<CatalogData>
  /** True when this start found no catalog and made a new one. */
  readonly created: boolean

  private constructor(db: Low<CatalogData>, created: boolean) {
    this.#db = db
    this.created = created
  }

  static async open(dataDir: string): Promise<CatalogStore> {
    await mkdir(dataDir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST' || error.code === 'ENOTDIR') {
        throw new AppError('invalid-argument', `The data folder ${dataDir} is a file, not a folder.`)
      }
      throw error
    })
    await removeStaleTempFiles(dataDir)
    const file = new DurableJsonFile<CatalogData>(join(dataDir, CATALOG_FILE))
    const db = new Low<CatalogData>(file, emptyCatalog())
    const raw = await readCatalog(file)
    const { data, migrated } = migrate(raw ?? {}, catalogMigrations)
    const parsed = catalogSchema.safeParse(data)
    if (!parsed.success) {
      throw new AppError('internal', `The library catalog at ${file.path} is not in a form Parallax can read.`)
    }
    db.data = parsed.data as CatalogData
    if (migrated) await db.write()
    return new CatalogStore(db, raw === null)
  }

  get data(): Readonly<CatalogData> {
    return this.#db.data
  }

  /** Applies `change` and resolves once the catalog holding it is on disk. */
  async update(change: (data: CatalogData) => void): Promise<void> {
    change(this.#db.data)
    await this.#db.write()
  }
}

async function readCatalog(file: DurableJsonFile<CatalogData>): Promise<Record<string, unknown> | null> {
  try {
    return (await file.read()) as Record<string, unknown> | null
  } catch {
    throw new AppError('internal', `The library catalog at ${file.path} cannot be read: it is not valid JSON.`)
  }
}

function emptyCatalog(): CatalogData {
  return {
    schemaVersion: latestVersion(catalogMigrations),
    seeded: false,
    documents: {},
    categories: DEFAULT_CATEGORIES,
    settings: { theme: 'system', importLimitMb: 50 }
  }
}
