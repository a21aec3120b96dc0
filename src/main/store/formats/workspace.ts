import { z } from 'zod'
import { EMPTY_WORKSPACE, type WorkspaceLayout } from '../../../shared/workspace'
import type { BackedUpFiles } from '../backups'
import { isReadable } from '../json-database'
import { latestVersion, versionedFormat, type Migration } from '../migrations'

export const WORKSPACE_FILE = 'workspace.json'

/** The reading workspace between sessions: which documents, pane sizes, scroll positions and panel toggles. */
export interface WorkspaceFile {
  schemaVersion: number
  layout: WorkspaceLayout
}

/** The workspace file's migrations. Version 1 puts the layout, which the file held bare before, under `layout`. */
export const workspaceMigrations: Migration[] = [{ version: 1, up: (data) => ({ layout: data }) }]

const WORKSPACE_VERSION = latestVersion(workspaceMigrations)

/** A layout as saved: its shape only. How many panes a call may send is the contract's business, not the file's. */
const storedLayout = z.object({
  panes: z.array(z.object({ documentId: z.string().nullable(), size: z.number().positive(), scrollOffset: z.number().min(0) })).min(1),
  focused: z.number().int().min(0),
  lockScroll: z.boolean(),
  showBoilerplate: z.boolean(),
  showLibrary: z.boolean(),
  showNotes: z.boolean()
})

const workspaceSchema: z.ZodType<WorkspaceFile> = z.object({ schemaVersion: z.number(), layout: storedLayout })

export const workspaceFormat = versionedFormat({
  schema: workspaceSchema,
  migrations: workspaceMigrations,
  empty: () => ({ schemaVersion: WORKSPACE_VERSION, layout: structuredClone(EMPTY_WORKSPACE) }),
  label: () => 'The saved reading layout'
})

/** The workspace files as the backups keep them: one per machine, in `machineFolder` (its path inside the data folder). */
export function workspaceBackups(machineFolder: string): BackedUpFiles {
  return { folder: machineFolder, name: /^workspace\.json$/, isGood: (text) => isReadable(workspaceFormat, text) }
}
