import { Backups, type BackedUpFiles } from './backups'
import { DataNotices } from './data-notices'
import { ANNOTATION_BACKUPS } from './formats/annotations'
import { CATALOG_BACKUPS } from './formats/catalog'
import { WINDOW_STATE_BACKUPS } from './formats/window-state'
import { WORKSPACE_BACKUPS } from './formats/workspace'
import { HeldFiles } from './held-files'
import type { DataFolder } from './json-database'

/** Every kind of data file, as the backups keep them. */
export const DATA_FILES: BackedUpFiles[] = [CATALOG_BACKUPS, ANNOTATION_BACKUPS, WORKSPACE_BACKUPS, WINDOW_STATE_BACKUPS]

/** The data folder at `dataDir`, with backups of every kind of data file, its own notices and held files, and the clock. */
export function dataFolder(dataDir: string, now: () => Date = () => new Date()): DataFolder {
  return { dataDir, backups: new Backups(dataDir, DATA_FILES, now), notices: new DataNotices(), held: new HeldFiles(), now }
}
