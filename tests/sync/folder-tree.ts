import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

/** Syncthing's own bookkeeping in a shared folder, which is never synced: the folder marker and the ignore file. */
const SYNCTHING_OWN = new Set(['.stfolder', '.stignore'])

/** Every file under `root` (Syncthing's own left out), by its path with `/`, to the SHA-256 of its bytes. */
export async function folderTree(root: string): Promise<Record<string, string>> {
  const tree: Record<string, string> = {}
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const path = relative(root, join(entry.parentPath, entry.name)).split('\\').join('/')
    if (SYNCTHING_OWN.has(path.split('/')[0] ?? '')) continue
    tree[path] = createHash('sha256').update(await readFile(join(root, path))).digest('hex')
  }
  return Object.fromEntries(Object.entries(tree).sort(([a], [b]) => a.localeCompare(b)))
}
