import { z } from 'zod'
import { AppError } from '../../shared/errors'
import { DEFAULT_CATEGORIES } from '../../shared/categories'
import type { Category, DocumentMeta, OutletEntry, Settings } from '../../shared/model'
import { ensureDataFolder } from '../data-dir'
import { catalogMigrations, latestVersion, migrate, versionOf } from './migrations'
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

const LATEST = latestVersion(catalogMigrations)

const catalogFormat: JsonFormat<CatalogData> = {
  read: (raw) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null
    const found = versionOf(raw as Record<string, unknown>)
    if (found > LATEST) return { newer: found }
    let migrated: ReturnType<typeof migrate>
    try {
      migrated = migrate(raw as Record<string, unknown>, catalogMigrations)
    } catch {
      // A migration tripping over a malformed catalog.
      return null
    }
    const parsed = catalogSchema.safeParse(migrated.data)
    return parsed.success ? { data: parsed.data as CatalogData, upgraded: migrated.migrated } : null
  },
  latest: LATEST,
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
   * to damaged/ and replaced by its newest good backup (or an empty catalog); one from a newer Parallax is refused,
   * and left as it is.
   */
  static async open(dataDir: string, folder: DataFolder = standaloneFolder(dataDir)): Promise<CatalogStore> {
    await ensureDataFolder(dataDir)
    await removeStaleTempFiles(dataDir)
    const { database, upgraded } = await JsonDatabase.open(folder, CATALOG_FILE, catalogFormat)
    if (database.held !== null) {
      throw new AppError(
        'conflict',
        `The library in ${dataDir} was written by a newer version of Parallax (format ${database.held}; this one reads up to ${LATEST}), so this one will not open it, to leave it unchanged. Open it with the newer Parallax, or choose another folder with --data-dir.`
      )
    }
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
    schemaVersion: LATEST,
    seeded: false,
    documents: {},
    categories: DEFAULT_CATEGORIES,
    outlets: [],
    settings: { theme: 'system', importLimitMb: 50 }
  }
}
