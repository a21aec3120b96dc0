import { join } from 'node:path'
import { machineId } from '../machine-id'

export const MACHINES_FOLDER = 'machines'
export const LOCK_FILE = 'parallax.lock'
export const BACKUPS_FOLDER = 'backups'
export const ANALYSIS_FOLDER = 'analysis'
export const DAMAGED_FOLDER = 'damaged'
/** The packs of an import not yet turned into files: `packs/texts/` and `packs/sources/`. */
export const PACKS_FOLDER = 'packs'

/**
 * What one computer keeps for itself in a data folder a sync tool may carry to others: `machines/<machine id>/`, with
 * its lock, its workspace and window state, its backups, its caches, the packs of its imports under way and the
 * files it moved aside. Two machines never
 * write the same file there, so the lock of one never keeps out another and their layouts never conflict.
 */
export interface MachineFolder {
  dataDir: string
  id: string
  /** Its path inside the data folder, with `/` between parts, as backups and notices name data files. */
  relative: string
  /** Its absolute path. */
  path: string
}

/** This machine's folder in the data folder at `dataDir`. */
export function machineFolder(dataDir: string, id = machineId()): MachineFolder {
  return { dataDir, id, relative: `${MACHINES_FOLDER}/${id}`, path: join(dataDir, MACHINES_FOLDER, id) }
}

/** The path inside the data folder of this machine's file `name`. */
export function machineFile(machine: MachineFolder, name: string): string {
  return `${machine.relative}/${name}`
}
