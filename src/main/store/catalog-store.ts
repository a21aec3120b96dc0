import { z } from 'zod'
import { AppError } from '../../shared/errors'
import { DEFAULT_CATEGORIES } from '../../shared/categories'
import type { Category, DocumentMeta, OutletEntry, Settings } from '../../shared/model'
import { ensureDataFolder } from '../data-dir'
import { catalogMigrations, latestVersion, migrate } from './migrations'
import { removeStaleTempFiles } from './atomic-write'
import type { BackedUpFiles } from './backups'
import { isReadable, JsonDatabase, standaloneFolder, type DataFolder, type JsonFormat } from './json-database'

export interface CatalogData {
  schemaVersion: number
  /** Set once the seed corpus has been imported, so documents the user deletes stay deleted. */
  seeded: boolean
  documents: Record<string, DocumentMeta>
  categories: Category[]
  /** Outlets the user has edited; the others are listed from the documents as they are. */
  outlets: OutletEntry[]
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
  outlets: z.array(z.object({ key: z.string(), name: z.string(), aliases: z.array(z.string()) })),
  settings: z.object({ theme: z.enum(['system', 'light', 'dark']), importLimitMb: z.number().positive() })
})

export const CATALOG_FILE = 'catalog.json'

const catalogFormat: JsonFormat<CatalogData> = {
  read: (raw) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null
    let migrated: ReturnType<typeof migrate>
    try {
      migrated = migrate(raw as Record<string, unknown>, catalogMigrations)
    } catch (error) {
      // A catalog from a newer Parallax is refused, never recovered away; a migration tripping over a malformed one is not.
      if (error instanceof AppError) throw error
      return null
    }
    const parsed = catalogSchema.safeParse(migrated.data)
    return parsed.success ? { data: parsed.data as CatalogData, upgraded: migrated.migrated } : null
  },
  empty: emptyCatalog,
  label: () => 'The library catalog'
}

/** How backups tell a good catalog.json from a damaged one. */
export const CATALOG_BACKUPS: BackedUpFiles = { folder: '', name: /^catalog\.json$/, isGood: (text) => isReadable(catalogFormat, text) }

/** The small catalog of the library: document metadata and settings. It is the one owner of catalog.json. */
export class CatalogStore {
  readonly #database: JsonDatabase<CatalogData>
  /** True when this start found no catalog and made a new one. */
  readonly created: boolean

  private constructor(database: JsonDatabase<CatalogData>) {
    this.#database = database
    this.created = database.created
  }

  /**
   * Opens the catalog, making one in an empty folder. A catalog that is not JSON or not in a readable form is moved
   * to damaged/ and replaced by its newest good backup (or an empty catalog); one from a newer Parallax is refused.
   */
  static async open(dataDir: string, folder: DataFolder = standaloneFolder(dataDir)): Promise<CatalogStore> {
    await ensureDataFolder(dataDir)
    await removeStaleTempFiles(dataDir)
    const { database, upgraded } = await JsonDatabase.open(folder, CATALOG_FILE, catalogFormat)
    if (database.created || upgraded) await database.write()
    return new CatalogStore(database)
  }

  get data(): Readonly<CatalogData> {
    return this.#database.data
  }

  /** Applies `change` and resolves once the catalog holding it is on disk. */
  update(change: (data: CatalogData) => void): Promise<void> {
    return this.#database.update(change)
  }

  /** Takes in a change another program made to catalog.json; resolves true when there was one. */
  refresh(): Promise<boolean> {
    return this.#database.refresh()
  }
}

function emptyCatalog(): CatalogData {
  return {
    schemaVersion: latestVersion(catalogMigrations),
    seeded: false,
    documents: {},
    categories: DEFAULT_CATEGORIES,
    outlets: [],
    settings: { theme: 'system', importLimitMb: 50 }
  }
}
