import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { inProcessApi } from '../../../helpers/in-process-api'
import { tempDir } from '../../../helpers/temp-dir'
import { EMPTY_WORKSPACE, type WorkspaceLayout } from '../../../../src/shared/workspace'
import { inMachineFolder, writeInMachineFolder } from '../../../helpers/machine-path'

describe('the saved workspace', () => {
  it('comes back after a restart: documents, sizes, scroll offsets, focus and toggles', async () => {
    const dir = await tempDir()
    const api = await inProcessApi(dir)
    const [a, b, c] = await api.listDocuments({})
    const layout: WorkspaceLayout = {
      panes: [
        { documentId: a!.id, size: 1.5, scrollOffset: 1200 },
        { documentId: b!.id, size: 0.75, scrollOffset: 0 },
        { documentId: c!.id, size: 0.75, scrollOffset: 340 }
      ],
      focused: 2,
      lockScroll: false,
      showBoilerplate: true,
      showLibrary: false,
      showNotes: true
    }
    await api.saveWorkspace({ layout })
    const restarted = await inProcessApi(dir)
    expect(await restarted.getWorkspace({})).toEqual(layout)
  })

  it('starts with one empty pane, and takes a document removed since out of its pane', async () => {
    const dir = await tempDir()
    const api = await inProcessApi(dir)
    expect(await api.getWorkspace({})).toEqual(EMPTY_WORKSPACE)
    const [a, b] = await api.listDocuments({})
    const panes = [
      { documentId: a!.id, size: 1, scrollOffset: 50 },
      { documentId: b!.id, size: 1, scrollOffset: 80 }
    ]
    await api.saveWorkspace({ layout: { ...EMPTY_WORKSPACE, panes, focused: 1 } })
    await api.deleteDocument({ id: b!.id })
    const restored = await api.getWorkspace({})
    expect(restored.panes).toEqual([panes[0], { documentId: null, size: 1, scrollOffset: 0 }])
    expect(restored.focused).toBe(1)
  })

  it('refuses a layout with more than four panes or a focus outside them, and shrugs off a damaged file', async () => {
    const dir = await tempDir()
    const api = await inProcessApi(dir)
    const pane = { documentId: null, size: 1, scrollOffset: 0 }
    await expect(api.saveWorkspace({ layout: { ...EMPTY_WORKSPACE, panes: [pane, pane, pane, pane, pane] } })).rejects.toThrow(
      'At most 4 panes.'
    )
    await expect(api.saveWorkspace({ layout: { ...EMPTY_WORKSPACE, panes: [pane], focused: 1 } })).rejects.toThrow(
      'The focused pane must exist.'
    )
    await writeInMachineFolder(dir, 'workspace.json', '{"panes": [')
    expect(await api.getWorkspace({})).toEqual(EMPTY_WORKSPACE)
  })
})

describe('the workspace file', () => {
  it('brings back a layout an earlier Parallax saved before the file had a format number', async () => {
    const dir = await tempDir()
    const [a] = await (await inProcessApi(dir)).listDocuments({})
    const layout: WorkspaceLayout = { ...EMPTY_WORKSPACE, panes: [{ documentId: a!.id, size: 1, scrollOffset: 700 }], showNotes: false }
    await writeInMachineFolder(dir, 'workspace.json', JSON.stringify(layout))
    expect(await (await inProcessApi(dir)).getWorkspace({})).toEqual(layout)
    expect(JSON.parse(await readFile(inMachineFolder(dir, 'workspace.json'), 'utf8'))).toEqual({ schemaVersion: 1, layout })
  })

  it('opens a saved layout with more panes than a layout may now have, cut to the panes it may have', async () => {
    const dir = await tempDir()
    const pane = (scrollOffset: number) => ({ documentId: null, size: 1, scrollOffset })
    const layout = { ...EMPTY_WORKSPACE, panes: [0, 1, 2, 3, 4].map(pane), focused: 4 }
    await writeInMachineFolder(dir, 'workspace.json', JSON.stringify({ schemaVersion: 1, layout }))
    expect(await (await inProcessApi(dir)).getWorkspace({})).toEqual({ ...layout, panes: [0, 1, 2, 3].map(pane), focused: 3 })
  })

  it('is held as it is when a newer Parallax wrote it: the empty workspace is shown, saving leaves the file alone, and a notice says so', async () => {
    const dir = await tempDir()
    const newer = JSON.stringify({ schemaVersion: 7, tabs: [] })
    await writeInMachineFolder(dir, 'workspace.json', newer)
    const api = await inProcessApi(dir)
    expect(await api.getWorkspace({})).toEqual(EMPTY_WORKSPACE)
    await api.saveWorkspace({ layout: { ...EMPTY_WORKSPACE, showLibrary: false } })
    expect(await readFile(inMachineFolder(dir, 'workspace.json'), 'utf8')).toBe(newer)
    expect(await api.listDataNotices({})).toEqual([
      {
        kind: 'held',
        file: 'machines/test-machine/workspace.json',
        message:
          'The saved reading layout was written by a newer version of Parallax (format 7; this one reads up to 1), so this Parallax will not change it and shows it empty. Keep it, and open this data folder with the newer Parallax; or use this Parallax’s empty copy, and the newer file is moved to the damaged folder.'
      }
    ])
  })
})
