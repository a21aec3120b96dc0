import { z } from 'zod'
import type { BackedUpFiles } from '../backups'
import { isReadable } from '../json-database'
import { latestVersion, versionedFormat, type Migration } from '../migrations'

export const WINDOW_STATE_FILE = 'window-state.json'

/**
 * The window state file's migrations. Version 1 numbers the unversioned files: the first Parallax kept only the
 * window's bounds, bare; later ones the bounds, whether it was maximized, and the theme.
 */
export const windowStateMigrations: Migration[] = [
  { version: 1, up: (data) => ('bounds' in data ? data : { bounds: data, maximized: false, theme: 'system' }) }
]

const WINDOW_STATE_VERSION = latestVersion(windowStateMigrations)

const windowStateSchema = z.object({
  schemaVersion: z.number(),
  /** A window smaller than 400 by 300 is not put back: too small to use, it is taken for a damaged file. */
  bounds: z.object({
    x: z.number().int().optional(),
    y: z.number().int().optional(),
    width: z.number().int().min(400).max(100_000),
    height: z.number().int().min(300).max(100_000)
  }),
  maximized: z.boolean(),
  /** The theme last chosen in the app, so the window's first frame and native title bar already wear it. */
  theme: z.enum(['system', 'light', 'dark'])
})

/** The desktop window's size, position, maximized state and theme between runs, on this machine. */
export type WindowStateFile = z.infer<typeof windowStateSchema>

export const windowStateFormat = versionedFormat({
  schema: windowStateSchema,
  migrations: windowStateMigrations,
  empty: (): WindowStateFile => ({ schemaVersion: WINDOW_STATE_VERSION, bounds: { width: 1280, height: 820 }, maximized: false, theme: 'system' }),
  label: () => 'The window’s saved place'
})

/** The window-state files as the backups keep them: one per machine, in `machineFolder` (its path inside the data folder). */
export function windowStateBackups(machineFolder: string): BackedUpFiles {
  return { folder: machineFolder, name: /^window-state\.json$/, isGood: (text) => isReadable(windowStateFormat, text) }
}
