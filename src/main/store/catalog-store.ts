import { AppError } from '../../shared/errors'
import { ensureDataFolder } from '../data-dir'
import { removeStaleTempFiles } from './atomic-write'
import { CATALOG_FILE, CATALOG_VERSION, catalogFormat, type CatalogData } from './formats/catalog'
import { dataFolder } from './data-folder'
import { JsonDatabase, type DataFolder } from './json-database'

export type { CatalogData }

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
  static async open(dataDir: string, folder: DataFolder = dataFolder(dataDir)): Promise<CatalogStore> {
    await ensureDataFolder(dataDir)
    await removeStaleTempFiles(dataDir)
    const database = await JsonDatabase.open(folder, CATALOG_FILE, catalogFormat)
    if (database.held !== null) {
      throw new AppError(
        'conflict',
        `The library in ${dataDir} was written by a newer version of Parallax (format ${database.held}; this one reads up to ${CATALOG_VERSION}), so this one will not open it, to leave it unchanged. Open it with the newer Parallax, or choose another folder with --data-dir.`
      )
    }
    if (database.created) await database.write()
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
