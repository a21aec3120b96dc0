import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { syncFolder } from './atomic-write'
import { DEFAULT_ROTATION, parseSnapshotName, snapshotName, snapshotsToKeep, type RotationPolicy, type SnapshotName } from './backup-rotation'
import { sameStamp, stampOf, type FileStamp } from './file-stamp'
import { BACKUPS_FOLDER, type MachineFolder } from './machine-folder'

/** A kind of file the backups keep: where it lives, and how to tell a good copy from a damaged one. */
export interface BackedUpFiles {
  /** Folder inside the data folder; '' for the data folder itself. */
  folder: string
  name: RegExp
  isGood: (text: string) => boolean
}

export interface Snapshot {
  takenAt: Date
  /** Paths inside the data folder copied into this snapshot: those changed since the one before. */
  files: string[]
}

/** How often the running app looks for changed files to back up. */
export const BACKUP_EVERY_MINUTES = 10

const PARTIAL = '.partial'
/** The stamps of the data files as the last snapshot saw them: what tells the next one which files changed. */
const SCAN_FILE = 'last-scan.json'
const WIDTH = 64

/**
 * Rolling backups in this machine's `machines/<id>/backups/<time>/`, each file at its path inside the data folder (`<time>_<clock>` when the clock had gone back, see `snapshotName`). A snapshot holds copies of only the files that changed since the one
 * before it, so an edit costs nothing until the next snapshot and a snapshot costs a stat of each file plus a copy of
 * each changed one; the oldest snapshot kept holds everything. Copies, not hard links: a program that rewrites a file
 * in place must not reach into its backups. A file that is not good is never backed up, so a good copy is never
 * pushed out by a damaged one.
 */
export class Backups {
  readonly folder: string
  readonly #dataDir: string
  readonly #files: BackedUpFiles[]
  readonly #now: () => Date
  readonly #policy: RotationPolicy
  /** Snapshots, pruning and look-ups run one at a time, so a look-up never misses a file a prune is moving. */
  #turn: Promise<unknown> = Promise.resolve()
  /** The last scan, once read or made: the app reads it from disk once, at its first snapshot. */
  #lastScan: Map<string, FileStamp> | undefined

  constructor(machine: MachineFolder, files: BackedUpFiles[], now: () => Date = () => new Date(), policy = DEFAULT_ROTATION) {
    this.#dataDir = machine.dataDir
    this.folder = join(machine.path, BACKUPS_FOLDER)
    this.#files = files
    this.#now = now
    this.#policy = policy
  }

  /** Copies the good files changed since the last snapshot into a new one, then prunes; null when nothing changed. */
  snapshot(): Promise<Snapshot | null> {
    return this.#exclusive(async () => {
      await mkdir(this.folder, { recursive: true })
      await this.#removePartials()
      const live = await this.#scan()
      const snapshot = await this.#copyChanged(live)
      // Only files of the kinds this instance backs up can be known gone; any other is kept.
      await this.#prune((relative) => !live.has(relative) && this.#kindOf(relative) !== undefined)
      return snapshot
    })
  }

  /** When each snapshot was taken, by the clock then, newest first. */
  times(): Promise<Date[]> {
    return this.#exclusive(async () => (await this.#snapshots()).map((snapshot) => snapshot.clock))
  }

  /** The newest backed-up copy of `relative` (a path inside the data folder) that `isGood` accepts. */
  newestGood(relative: string, isGood: (text: string) => boolean): Promise<{ text: string; takenAt: Date } | null> {
    return this.#exclusive(async () => {
      for (const { name, clock } of await this.#snapshots()) {
        const text = await readFile(join(this.folder, name, relative), 'utf8').catch(() => null)
        if (text !== null && isGood(text)) return { text, takenAt: clock }
      }
      return null
    })
  }

  #exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#turn.then(task, task)
    this.#turn = run.catch(() => undefined)
    return run
  }

  /** The snapshots, newest first. */
  async #snapshots(): Promise<SnapshotName[]> {
    const names = await readdir(this.folder).catch(() => [])
    return names
      .map(parseSnapshotName)
      .filter((snapshot): snapshot is SnapshotName => snapshot !== null)
      .sort((a, b) => b.order.getTime() - a.order.getTime())
  }

  async #removePartials(): Promise<void> {
    const names = await readdir(this.folder)
    await Promise.all(names.filter((name) => name.endsWith(PARTIAL)).map((name) => rm(join(this.folder, name), { recursive: true, force: true })))
  }

  async #copyChanged(live: Map<string, FileStamp>): Promise<Snapshot | null> {
    const previous = (this.#lastScan ??= await this.#readScan())
    const changed = [...live.keys()].filter((relative) => !sameStamp(previous.get(relative) ?? null, live.get(relative) ?? null))
    if (changed.length === 0 && previous.size === live.size) return null
    const newest = (await this.#snapshots())[0]
    const takenAt = this.#now()
    // After the newest in order, even when the clock has gone back; the clock's own time goes in the name too.
    const name = snapshotName(new Date(Math.max(takenAt.getTime(), (newest?.order.getTime() ?? 0) + 1)), takenAt)
    const partial = join(this.folder, name + PARTIAL)
    const scan = new Map(live)
    const copied: string[] = []
    await inBatches(changed, async (relative) => {
      const read = await this.#readGood(relative)
      if (!read) {
        scan.delete(relative)
        return
      }
      scan.set(relative, read.stamp)
      await mkdir(dirname(join(partial, relative)), { recursive: true })
      await writeFile(join(partial, relative), read.text)
      copied.push(relative)
    })
    if (copied.length > 0) await rename(partial, join(this.folder, name))
    await writeFile(join(this.folder, SCAN_FILE), JSON.stringify(Object.fromEntries(scan)))
    this.#lastScan = scan
    return copied.length > 0 ? { takenAt, files: copied.sort() } : null
  }

  /** The stamp of every data file the backups keep, by path inside the data folder. */
  async #scan(): Promise<Map<string, FileStamp>> {
    const paths: string[] = []
    for (const { folder, name } of this.#files) {
      const names = await readdir(join(this.#dataDir, folder)).catch(() => [])
      paths.push(...names.filter((entry) => name.test(entry)).map((entry) => (folder ? `${folder}/${entry}` : entry)))
    }
    const stamps = new Map<string, FileStamp>()
    await inBatches(paths, async (relative) => {
      const stats = await stat(join(this.#dataDir, relative)).catch(() => null)
      if (stats) stamps.set(relative, stampOf(stats))
    })
    return stamps
  }

  async #readScan(): Promise<Map<string, FileStamp>> {
    try {
      return new Map(Object.entries(JSON.parse(await readFile(join(this.folder, SCAN_FILE), 'utf8')) as Record<string, FileStamp>))
    } catch {
      return new Map()
    }
  }

  /** The file's text and the stamp of exactly that version, when it is there and good. */
  async #readGood(relative: string): Promise<{ text: string; stamp: FileStamp } | null> {
    const kind = this.#kindOf(relative)
    try {
      const handle = await open(join(this.#dataDir, relative), 'r')
      try {
        const stamp = stampOf(await handle.stat())
        const text = await handle.readFile('utf8')
        return kind?.isGood(text) ? { text, stamp } : null
      } finally {
        await handle.close()
      }
    } catch {
      return null
    }
  }

  #kindOf(relative: string): BackedUpFiles | undefined {
    const slash = relative.lastIndexOf('/')
    const [folder, name] = [relative.slice(0, Math.max(slash, 0)), relative.slice(slash + 1)]
    return this.#files.find((files) => files.folder === folder && files.name.test(name))
  }

  /**
   * Drops the snapshots the rotation no longer keeps. A snapshot holds only what changed since the one before, so one
   * that goes is merged into the next: each of its files the next one lacks is still the file as it was then. Files
   * no longer in the data folder (those of removed documents) are let go at that point.
   */
  async #prune(isGone: (relative: string) => boolean): Promise<void> {
    const oldestFirst = (await this.#snapshots()).reverse()
    const keep = snapshotsToKeep(oldestFirst, this.#now(), this.#policy)
    for (const [index, snapshot] of oldestFirst.entries()) {
      const next = oldestFirst[index + 1]
      if (keep.has(snapshot.name) || !next) continue
      await mergeInto(join(this.folder, snapshot.name), join(this.folder, next.name), isGone)
    }
  }
}

/**
 * Merges the snapshot `older` into `newer`, whose copies win. The fewer files move: usually the newer snapshot is
 * the small one (the oldest holds everything), so its files go over the older one's, which then takes the newer name.
 */
async function mergeInto(older: string, newer: string, isGone: (relative: string) => boolean): Promise<void> {
  const [olderFiles, newerFiles] = await Promise.all([filesIn(older), filesIn(newer)])
  if (newerFiles.length < olderFiles.length) {
    await moveFiles(newer, older, newerFiles)
    await rm(newer, { recursive: true, force: true })
    await rename(older, newer)
  } else {
    const have = new Set(newerFiles)
    await moveFiles(older, newer, olderFiles.filter((relative) => !have.has(relative)))
    await rm(older, { recursive: true, force: true })
  }
  const gone = [...new Set([...olderFiles, ...newerFiles])].filter(isGone)
  await inBatches(gone, (relative) => rm(join(newer, relative), { force: true }))
}

/** Moves `files` (paths relative to both folders) from one folder to the other, replacing what is there; then makes the moves durable. */
async function moveFiles(from: string, to: string, files: string[]): Promise<void> {
  const folders = [...new Set(files.map((relative) => dirname(join(to, relative))))]
  for (const folder of folders) await mkdir(folder, { recursive: true })
  await inBatches(files, (relative) => rename(join(from, relative), join(to, relative)))
  await Promise.all(folders.map(syncFolder))
}

async function inBatches<T>(items: T[], task: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += WIDTH) await Promise.all(items.slice(i, i + WIDTH).map(task))
}

/** Paths of the files below `folder`, relative to it, with `/` between parts. */
async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1).split(/[\\/]/).join('/'))
}
