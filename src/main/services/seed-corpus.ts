import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { decodeBytes } from '../import/decode'
import type { CatalogStore } from '../store/catalog-store'
import type { LibraryService } from './library-service'

const TEXT_FILE = /\.(txt|md|text)$/i

/**
 * Imports the seed corpus into a library that has never been seeded. The flag is set only after every seed is in,
 * so an interrupted first run seeds again (duplicates are skipped) and a document deleted later never returns.
 */
export async function seedCorpus(catalog: CatalogStore, library: LibraryService, seedsDir: string): Promise<number> {
  if (catalog.data.seeded) return 0
  const names = (await readdir(seedsDir)).filter((name) => TEXT_FILE.test(name)).sort()
  const incoming = await Promise.all(
    names.map(async (name) => {
      const bytes = await readFile(join(seedsDir, name))
      const { text, encoding, method } = await decodeBytes(bytes)
      return { name, bytes, text, encoding: { name: encoding, method } }
    })
  )
  const added = (await library.addMany(incoming)).filter((result) => 'added' in result).length
  await catalog.apply({ seeded: true })
  // The first start leaves a catalog.json that holds the seeds, for the backups and any program that reads it.
  await catalog.compact()
  return added
}
