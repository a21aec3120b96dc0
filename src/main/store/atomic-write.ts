import { randomBytes } from 'node:crypto'
import { open, readdir, rename, rm, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { stampOf, type FileStamp } from './file-stamp'

const TEMP_SUFFIX = /\.parallax-[0-9a-f]{12}\.tmp$/

/**
 * Replaces `path` with `content` so that a crash at any moment leaves either the old file or the new one:
 * write a temporary file, fsync it, rename it over the target, then fsync the folder so the rename itself is durable.
 * Returns the stamp of the file written, so a caller can later tell whether another program has replaced it.
 */
export async function writeFileAtomically(path: string, content: string | Uint8Array): Promise<FileStamp> {
  const stamp = await replaceFile(path, content)
  await syncFolder(dirname(path))
  return stamp
}

/**
 * Writes many files that nothing refers to yet, `width` at a time: the caller lists them (in the catalog, say) only
 * once this resolves, after one fsync per folder. A new file is written in place and fsynced, which takes two steps
 * fewer than a temporary file and a rename; a crash meanwhile leaves at worst a partial file nothing refers to. A file
 * already there may be referred to, so it is replaced as `writeFileAtomically` does, never rewritten in place.
 */
export async function writeNewFiles(files: { path: string; content: string | Uint8Array }[], width = 16): Promise<void> {
  for (let i = 0; i < files.length; i += width) {
    await Promise.all(files.slice(i, i + width).map(({ path, content }) => writeNewFile(path, content)))
  }
  await Promise.all([...new Set(files.map(({ path }) => dirname(path)))].map(syncFolder))
}

async function writeNewFile(path: string, content: string | Uint8Array): Promise<void> {
  let file: FileHandle
  try {
    file = await open(path, 'wx')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    await replaceFile(path, content)
    return
  }
  try {
    await file.writeFile(content)
    await file.sync()
  } finally {
    await file.close()
  }
}

/** Puts `content` at `path` through a fsynced temporary file and a rename; the rename is durable once the folder is fsynced. */
async function replaceFile(path: string, content: string | Uint8Array): Promise<FileStamp> {
  const temp = tempPathFor(path)
  try {
    const file = await open(temp, 'w')
    let stamp: FileStamp
    try {
      await file.writeFile(content)
      await file.sync()
      stamp = stampOf(await file.stat())
    } finally {
      await file.close()
    }
    await rename(temp, path)
    return stamp
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

/** A fresh name beside `path` for a file about to take its place; `removeStaleTempFiles` clears what a crash leaves. */
export function tempPathFor(path: string): string {
  return `${path}.parallax-${randomBytes(6).toString('hex')}.tmp`
}

/** Makes the renames into and out of `folder` durable. */
export async function syncFolder(folder: string): Promise<void> {
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
