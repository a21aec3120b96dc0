import { randomUUID } from 'node:crypto'
import { readFileSync, rmSync } from 'node:fs'
import { link, mkdir, open, rename, rm, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { AppError } from '../../shared/errors'
import { ensureDataFolder } from '../data-dir'
import { tempPathFor } from './atomic-write'
import { holderState, parseHolder, type LockHolder } from './lock-holder'
import { LOCK_FILE, machineFolder, type MachineFolder } from './machine-folder'
import { processStart } from './process-start'

/** How often a holder rewrites its lock with the next heartbeat. */
export const REFRESH_MS = 2000

/** A heartbeat that has not changed for this many refreshes, timed by the clock of the process watching, has stopped. */
const MISSED_REFRESHES = 3

export interface DataFolderLock {
  path: string
  holder: LockHolder
  release: () => Promise<void>
  /** For a process 'exit' handler, where nothing asynchronous runs any more. */
  releaseSync: () => void
}

/**
 * Claims the data folder for one Parallax process on this machine, so two never write the same files: browser mode
 * has no single-instance lock of its own. The lock is this machine's own (in its machine folder), so Parallax on
 * another computer sharing the folder through a sync tool is not kept out. A lock in the old place, at the top of the
 * data folder, is one an older Parallax holds: that one still keeps this Parallax out while it runs, and is removed
 * once stale. The lock names the process by its number and its start time as the system keeps it, and its heartbeat
 * is rewritten every `refreshMs` while held. A lock on this computer is taken over once its process has ended, even if
 * another process has been given its number; a lock whose process cannot be checked (another computer, or a system
 * that gives no start time) once its heartbeat has stood still for three refreshes. No time a holder wrote is compared
 * with this clock, so a holder whose clock is wrong keeps its lock. Two processes that find the same stale lock at the
 * same instant could both take it over; that takes a start within milliseconds of another's, on a folder whose last
 * user crashed.
 */
export async function lockDataFolder(
  dataDir: string,
  { refreshMs = REFRESH_MS, machine = machineFolder(dataDir) }: { refreshMs?: number; machine?: MachineFolder } = {}
): Promise<DataFolderLock> {
  await ensureDataFolder(dataDir)
  await mkdir(machine.path, { recursive: true })
  await clearUnlessHeld(join(dataDir, LOCK_FILE), refreshMs)
  const path = join(machine.path, LOCK_FILE)
  const self: LockHolder = {
    pid: process.pid,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
    instance: randomUUID(),
    processStart: processStart(process.pid),
    refreshMs,
    heartbeat: 0
  }
  for (;;) {
    if (await create(path, self)) return hold(path, self)
    await clearUnlessHeld(path, refreshMs)
  }
}

/** Returns once no lock is at `path`, there or removed as stale; throws when a running Parallax holds it. */
async function clearUnlessHeld(path: string, refreshMs: number): Promise<void> {
  for (;;) {
    const found = await readLock(path)
    if (!found) return
    const { holder } = found
    // A lock that does not parse may be one another process is creating this moment, on a file system without links.
    const state = holder ? holderState(holder, found.writtenAt) : 'unknown'
    if (state === 'running' && holder) throw new AppError('conflict', inUseMessage(holder, path))
    if (state === 'unknown') {
      const seen = await watchLock(path, found.text, MISSED_REFRESHES * (holder?.refreshMs ?? refreshMs))
      if (seen === 'changed' && holder) throw new AppError('conflict', inUseMessage(holder, path))
      if (seen !== 'still') continue
    }
    await rm(path, { force: true })
  }
}

/** Keeps the heartbeat going until released; a lock another process has taken meanwhile is left to it. */
function hold(path: string, self: LockHolder): DataFolderLock {
  let heartbeat = 0
  let refreshing = Promise.resolve()
  // Refreshes queue up behind a slow one; once the lock is lost, those still queued do nothing.
  let lost = false
  const refresh = async () => {
    if (lost) return
    const found = await readLock(path)
    // Half-written by another program this moment, or not a lock at all: looked at again at the next refresh.
    if (found && !found.holder) return
    if (found?.holder && found.holder.instance !== self.instance) {
      lost = true
      clearInterval(timer)
      console.error(`Parallax no longer holds ${path}: another process (${found.holder.pid}) took it over.`)
      return
    }
    const next = { ...self, heartbeat: ++heartbeat }
    if (found) await replace(path, next)
    else await create(path, next)
  }
  // A refresh that fails (a full disk, a reader holding the file on Windows) is tried again at the next one.
  const timer = setInterval(() => (refreshing = refreshing.then(refresh).catch(() => undefined)), self.refreshMs)
  timer.unref()
  const isOurs = (text: string) => parseHolder(text)?.instance === self.instance
  return {
    path,
    holder: self,
    release: async () => {
      clearInterval(timer)
      await refreshing
      const found = await readLock(path)
      if (found && isOurs(found.text)) await rm(path, { force: true })
    },
    releaseSync: () => {
      clearInterval(timer)
      if (isOurs(readSync(path))) rmSync(path, { force: true })
    }
  }
}

/**
 * Puts the lock in place unless one is there, whole or not at all: written aside, then linked to its name. A file
 * system without hard links (FAT, some network shares) gets it written in place, briefly empty.
 */
async function create(path: string, holder: LockHolder): Promise<boolean> {
  const text = JSON.stringify(holder)
  const temp = tempPathFor(path)
  try {
    await writeFile(temp, text)
    return await unlessThere(link(temp, path))
  } catch {
    return await unlessThere(writeFile(path, text, { flag: 'wx' }))
  } finally {
    await rm(temp, { force: true })
  }
}

/** Whether an exclusive creation made the file; false when one was there already. */
function unlessThere(creation: Promise<void>): Promise<boolean> {
  return creation.then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return false
      throw error
    }
  )
}

/** Rewrites the lock so a reader sees the old one or the new one, never a mix. Not fsynced: a heartbeat need not survive a crash. */
async function replace(path: string, holder: LockHolder): Promise<void> {
  const temp = tempPathFor(path)
  try {
    await writeFile(temp, JSON.stringify(holder))
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

/** The lock's text, its holder and when this machine last saw it written; null when there is no lock. */
async function readLock(path: string): Promise<{ text: string; holder: LockHolder | null; writtenAt: number } | null> {
  let file
  try {
    file = await open(path, 'r')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  try {
    const [text, stats] = await Promise.all([file.readFile('utf8'), file.stat()])
    return { text, holder: parseHolder(text), writtenAt: stats.mtimeMs }
  } finally {
    await file.close()
  }
}

/** Whether the lock changes within `windowMs`, timed by this process's own steady clock, never by a time written in it. */
async function watchLock(path: string, text: string, windowMs: number): Promise<'changed' | 'still' | 'gone'> {
  const until = performance.now() + windowMs
  while (performance.now() < until) {
    await sleep(windowMs / MISSED_REFRESHES / 2)
    const found = await readLock(path)
    if (!found) return 'gone'
    if (found.text !== text) return 'changed'
  }
  return 'still'
}

function inUseMessage(holder: LockHolder, path: string): string {
  if (holder.hostname === hostname()) {
    return `This data folder is in use by another Parallax (process ${holder.pid}). Close it, or choose another folder with --data-dir.`
  }
  return `This data folder is in use by Parallax on ${holder.hostname} (process ${holder.pid}). Close it there, choose another folder with --data-dir, or delete ${path} if it is not running.`
}

function readSync(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return ''
  }
}
