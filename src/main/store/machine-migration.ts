import { lstat, mkdir, readdir, rename, rmdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { syncFolder } from './atomic-write'
import { WINDOW_STATE_FILE } from './formats/window-state'
import { WORKSPACE_FILE } from './formats/workspace'
import { ANALYSIS_FOLDER, BACKUPS_FOLDER, DAMAGED_FOLDER, PACKS_FOLDER, type MachineFolder } from './machine-folder'

/** What an older Parallax kept in the data folder, and where in its own folder each machine now keeps it. */
const MACHINE_ENTRIES: [from: string, to: string][] = [
  ...[WORKSPACE_FILE, WINDOW_STATE_FILE, BACKUPS_FOLDER, ANALYSIS_FOLDER, DAMAGED_FOLDER].map((name): [string, string] => [name, name]),
  ...['texts', 'sources'].map((store): [string, string] => [join(store, PACKS_FOLDER), join(PACKS_FOLDER, store)])
]
/** The machine's own files, which an older Parallax's backup snapshots hold at their top too. */
const MACHINE_FILES = [WORKSPACE_FILE, WINDOW_STATE_FILE]

/**
 * Moves what an older Parallax kept at the top of the data folder for the one machine it ran on into `machine`'s
 * folder, by renames within the folder: nothing is copied, and nothing already in the new place is overwritten (what
 * was in the way stays where it was). Inside each backup snapshot the machine's files move the same way, so a backup
 * taken before is still found at the file's new path. Each step leaves the folder as it would be had the move stopped
 * there, so a move cut short by a crash is finished at the next start, and a second run changes nothing. Run it while
 * holding the data folder's lock, which also clears the old lock at the top.
 */
export async function moveIntoMachineFolder(machine: MachineFolder): Promise<void> {
  await mkdir(machine.path, { recursive: true })
  for (const [from, to] of MACHINE_ENTRIES) await moveInto(join(machine.dataDir, from), join(machine.path, to))
  const backups = join(machine.path, BACKUPS_FOLDER)
  const snapshots = await readdir(backups, { withFileTypes: true }).catch(() => [])
  for (const snapshot of snapshots.filter((entry) => entry.isDirectory())) {
    const folder = join(backups, snapshot.name)
    for (const name of MACHINE_FILES) await moveInto(join(folder, name), join(folder, machine.relative, name))
  }
  await Promise.all([syncFolder(machine.dataDir), syncFolder(machine.path)])
}

/** Renames `from` to `to` when nothing is at `to`; a folder whose place is taken by a folder is moved entry by entry. */
async function moveInto(from: string, to: string): Promise<void> {
  const moving = await lstat(from).catch(() => null)
  if (!moving) return
  const there = await lstat(to).catch(() => null)
  if (!there) {
    await mkdir(dirname(to), { recursive: true })
    await rename(from, to)
    return
  }
  if (!moving.isDirectory() || !there.isDirectory()) return
  for (const name of await readdir(from)) await moveInto(join(from, name), join(to, name))
  // Left in place when something in it was kept because its place was taken.
  await rmdir(from).catch(() => undefined)
}
