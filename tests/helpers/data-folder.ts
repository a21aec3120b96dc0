import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, vi } from 'vitest'

/**
 * What a data folder holds after a start: the catalog, each machine's journal of catalog edits, and the workspace;
 * texts and sources by text hash, and the packs of an import not yet turned into files; notes by document.
 */
const STORE_FILES = [
  /^catalog\.json$/,
  /^journal(\/[A-Za-z0-9_-]+\.jsonl)?$/,
  /^machines(\/[A-Za-z0-9_-]+)?$/,
  /^machines\/[A-Za-z0-9_-]+\/workspace\.json$/,
  /^(texts|sources|annotations)$/,
  /^texts\/[0-9a-f]{64}\.txt$/,
  /^sources\/[0-9a-f]{64}$/,
  /^machines\/[A-Za-z0-9_-]+\/packs(\/(texts|sources)(\/[0-9a-f]{12}\.pack)?)?$/,
  /^annotations\/d_[0-9a-f]+\.json$/
]

/**
 * The analysis cache is left out of both checks: it holds nothing that cannot be computed again from the texts, and
 * the indexes write it in the background whenever they catch up with a change, so it is never still at a given moment.
 */
const CACHE = /(^|\/)analysis(\/|$)/

/** Paths in the data folder that no store owns, such as a temporary file an interrupted write left behind. */
export async function unknownFiles(dataDir: string): Promise<string[]> {
  const names = (await readdir(dataDir, { recursive: true })).map((name) => name.split('\\').join('/'))
  return names.filter((name) => !CACHE.test(name) && !STORE_FILES.some((known) => known.test(name)))
}

/** Every file under `dir` by its path inside it, with the SHA-256 of its bytes: equal digests mean byte-identical folders. */
export async function folderDigest(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const digest: Record<string, string> = {}
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name)
    const relative = path.slice(dir.length + 1).split('\\').join('/')
    if (!CACHE.test(relative)) digest[relative] = createHash('sha256').update(await readFile(path)).digest('hex')
  }
  return digest
}

/**
 * Waits until the running app has folded its journal of catalog edits into catalog.json (it does once edits pause), so
 * a test playing another program reads a catalog.json that holds them.
 */
export async function untilFolded(dataDir: string): Promise<void> {
  const journal = join(dataDir, 'journal')
  await vi.waitFor(
    async () => {
      const sizes = await Promise.all((await readdir(journal)).map(async (name) => (await stat(join(journal, name))).size))
      expect(sizes.every((size) => size === 0)).toBe(true)
    },
    { timeout: 10_000, interval: 50 }
  )
}
