import { describe, expect, it } from 'vitest'
import { WORKSPACE_FILE, workspaceFormat } from '../../../../../src/main/store/formats/workspace'
import { openDataFile } from '../../../../helpers/data-file'

describe('workspace migration 1', () => {
  it('puts the bare layout an unversioned workspace.json held under `layout`, and writes it back', async () => {
    const layout = {
      panes: [
        { documentId: 'd_0123456789abcdef', size: 1.5, scrollOffset: 1200 },
        { documentId: null, size: 0.5, scrollOffset: 0 }
      ],
      focused: 1,
      lockScroll: false,
      showBoilerplate: true,
      showLibrary: false,
      showNotes: true
    }
    const { data, onDisk, folder } = await openDataFile(WORKSPACE_FILE, workspaceFormat, layout)
    expect(data).toEqual({ schemaVersion: 1, layout })
    expect(onDisk).toEqual({ schemaVersion: 1, layout })
    expect(folder.notices.list()).toEqual([])
  })
})
