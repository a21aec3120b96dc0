import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { MACHINES_FOLDER } from './machine-folder'

export const STIGNORE_FILE = '.stignore'

/** What Parallax puts in a data folder's .stignore: Syncthing then leaves each machine's own folder on that machine. */
export const STIGNORE_TEXT = `// Parallax: each computer keeps its lock, layout, window place, backups and caches in machines/<its id>/, not to be synced.\n/${MACHINES_FOLDER}\n`

/** Writes the data folder's `.stignore` for Syncthing unless there is one: a user's own is never changed. */
export async function writeSyncIgnore(dataDir: string): Promise<void> {
  await writeFile(join(dataDir, STIGNORE_FILE), STIGNORE_TEXT, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error
  })
}
