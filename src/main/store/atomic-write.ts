import { randomBytes } from 'node:crypto'
import { open, readdir, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

const TEMP_SUFFIX = /\.parallax-[0-9a-f]{12}\.tmp$/

/**
 * Replaces `path` with `content` so that a crash at any moment leaves either the old file or the new one:
 * write a temporary file, fsync it, rename it over the target, then fsync the folder so the rename itself is durable.
 */
export async function writeFileAtomically(path: string, content: string | Uint8Array): Promise<void> {
  const temp = `${path}.parallax-${randomBytes(6).toString('hex')}.tmp`
  try {
    const file = await open(temp, 'w')
    try {
      await file.writeFile(content)
      await file.sync()
    } finally {
      await file.close()
    }
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  await syncFolder(dirname(path))
}

async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return
  const handle = await open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Removes what an interrupted `writeFileAtomically` left in `folder`; returns the names removed. */
export async function removeStaleTempFiles(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [])
  const stale = names.filter((name) => TEMP_SUFFIX.test(name))
  await Promise.all(stale.map((name) => rm(join(folder, name), { force: true })))
  return stale.map((name) => basename(name))
}
