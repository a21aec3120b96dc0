import type { Stats } from 'node:fs'
import { stat } from 'node:fs/promises'

/**
 * What tells one version of a file from another without reading it. Every write of ours renames a new file into place,
 * so the inode changes with each of them; size and modification time catch programs that rewrite a file in place.
 */
export interface FileStamp {
  ino: number
  size: number
  mtimeMs: number
}

export function stampOf(stats: Stats): FileStamp {
  return { ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs }
}

/** The stamp of the file at `path` now, or null when there is none. */
export async function currentStamp(path: string): Promise<FileStamp | null> {
  try {
    return stampOf(await stat(path))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

export function sameStamp(a: FileStamp | null, b: FileStamp | null): boolean {
  return a === b || (a !== null && b !== null && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs)
}
