import { describe, expect, it } from 'vitest'
import { WINDOW_STATE_FILE, windowStateFormat } from '../../../../../src/main/store/formats/window-state'
import { openDataFile } from '../../../../helpers/data-file'

describe('window state migration 1', () => {
  it('numbers an unversioned window-state.json of bounds, maximized state and theme as it is, and writes it back', async () => {
    const unversioned = { bounds: { x: 120, y: 90, width: 1000, height: 700 }, maximized: true, theme: 'dark' }
    const { data, onDisk } = await openDataFile(WINDOW_STATE_FILE, windowStateFormat, unversioned)
    expect(data).toEqual({ schemaVersion: 1, ...unversioned })
    expect(onDisk).toEqual({ schemaVersion: 1, ...unversioned })
  })

  it('keeps the bounds the first Parallax saved bare, not maximized and in the system theme', async () => {
    const { data, onDisk } = await openDataFile(WINDOW_STATE_FILE, windowStateFormat, { x: 40, y: 30, width: 1100, height: 760 })
    const expected = { schemaVersion: 1, bounds: { x: 40, y: 30, width: 1100, height: 760 }, maximized: false, theme: 'system' }
    expect(data).toEqual(expected)
    expect(onDisk).toEqual(expected)
  })
})
