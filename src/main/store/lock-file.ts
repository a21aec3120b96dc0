import { readFileSync, rmSync } from 'node:fs'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { hostname, uptime } from 'node:os'
import { join } from 'node:path'
import { AppError } from '../../shared/errors'
import { ensureDataFolder } from '../data-dir'

export const LOCK_FILE = 'parallax.lock'

/** Who holds a data folder: what `parallax.lock` holds. */
export interface LockHolder {
  pid: number
  hostname: string
  /** ISO time the holder started. */
  startedAt: string
}

export interface DataFolderLock {
  path: string
  holder: LockHolder
  release: () => Promise<void>
  /** For a process 'exit' handler, where nothing asynchronous runs any more. */
  releaseSync: () => void
}

export function thisProcess(now = new Date()): LockHolder {
  return { pid: process.pid, hostname: hostname(), startedAt: now.toISOString() }
}

/**
 * Claims the data folder for one Parallax process, so two never write the same files: browser mode has no
 * single-instance lock of its own. A lock whose process is gone (it crashed, or the machine restarted since) is taken
 * over. Two processes that find the same stale lock at the same instant could both take it over; that takes a start
 * within milliseconds of another's, on a folder whose last user crashed.
 */
export async function lockDataFolder(dataDir: string, self: LockHolder = thisProcess()): Promise<DataFolderLock> {
  await ensureDataFolder(dataDir)
  const path = join(dataDir, LOCK_FILE)
  for (;;) {
    try {
      await writeFile(path, JSON.stringify(self), { flag: 'wx' })
      return {
        path,
        holder: self,
        release: async () => {
          if (isHeldBy(await readFile(path, 'utf8').catch(() => ''), self)) await rm(path, { force: true })
        },
        releaseSync: () => {
          if (isHeldBy(readSync(path), self)) rmSync(path, { force: true })
        }
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const holder = parseHolder(await readFile(path, 'utf8').catch(() => ''))
    if (holder && isRunning(holder)) throw new AppError('conflict', inUseMessage(holder, path))
    await rm(path, { force: true })
  }
}

function inUseMessage(holder: LockHolder, path: string): string {
  if (holder.hostname === hostname()) {
    return `This data folder is in use by another Parallax (process ${holder.pid}). Close it, or choose another folder with --data-dir.`
  }
  return `This data folder is in use by Parallax on ${holder.hostname} (process ${holder.pid}). Close it there, choose another folder with --data-dir, or delete ${path} if it is not running.`
}

/** Whether the holder's process still runs. One on another machine cannot be checked, so it counts as running. */
function isRunning(holder: LockHolder): boolean {
  if (holder.hostname !== hostname()) return true
  // A lock from before the machine last started is stale, even if its process number has been given to another process.
  if (Date.parse(holder.startedAt) < Date.now() - uptime() * 1000) return false
  try {
    process.kill(holder.pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** A lock file's holder, or null for one left empty or half-written by a crash. */
function parseHolder(text: string): LockHolder | null {
  try {
    const holder = JSON.parse(text) as Partial<LockHolder>
    if (Number.isInteger(holder.pid) && typeof holder.hostname === 'string' && typeof holder.startedAt === 'string') {
      return holder as LockHolder
    }
  } catch {
    // Not JSON: a lock the crash of its writer left empty or half-written.
  }
  return null
}

function isHeldBy(text: string, self: LockHolder): boolean {
  const holder = parseHolder(text)
  return holder !== null && holder.pid === self.pid && holder.hostname === self.hostname && holder.startedAt === self.startedAt
}

function readSync(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return ''
  }
}
