import { Backups, type BackedUpFiles } from './backups'
import { DataNotices } from './data-notices'
import { ANNOTATION_BACKUPS } from './formats/annotations'
import { CATALOG_BACKUPS } from './formats/catalog'
import { windowStateBackups } from './formats/window-state'
import { workspaceBackups } from './formats/workspace'
import { HeldFiles } from './held-files'
import type { DataFolder } from './json-database'
import { machineFolder, type MachineFolder } from './machine-folder'

/** Every kind of data file, as the backups of `machine` keep them: the shared ones and that machine's own. */
export function dataFiles(machine: MachineFolder): BackedUpFiles[] {
  return [CATALOG_BACKUPS, ANNOTATION_BACKUPS, workspaceBackups(machine.relative), windowStateBackups(machine.relative)]
}

/**
 * The data folder at `dataDir` as this machine (`machine`) uses it, with backups of every kind of data file, its own
 * notices and held files, and the clock.
 */
export function dataFolder(dataDir: string, now: () => Date = () => new Date(), machine = machineFolder(dataDir)): DataFolder {
  return { dataDir, machine, backups: new Backups(machine, dataFiles(machine), now), notices: new DataNotices(), held: new HeldFiles(), now }
}
