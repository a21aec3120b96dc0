import { EventEmitter } from 'node:events'
import { readdir, readFile, utimes } from 'node:fs/promises'
import type { BrowserWindow } from 'electron'
import { describe, expect, it } from 'vitest'
import type { Rectangle } from '../../../../src/main/electron/window-placement'
import { WindowState } from '../../../../src/main/electron/window-state'
import type { ThemeChoice } from '../../../../src/shared/model'
import { dataFolder } from '../../../../src/main/store/data-folder'
import { tempDir } from '../../../helpers/temp-dir'
import { inMachineFolder, writeInMachineFolder } from '../../../helpers/machine-path'

/** Chooses `theme`, then closes a window that stood at `bounds` (what WindowState asks of a BrowserWindow), and waits for the save. */
async function chooseAndClose(state: WindowState, theme: ThemeChoice, bounds: Rectangle, maximized: boolean): Promise<void> {
  const window = Object.assign(new EventEmitter(), { getNormalBounds: () => bounds, isMaximized: () => maximized })
  state.track(window as unknown as BrowserWindow)
  state.rememberTheme(theme)
  window.emit('close')
  await state.saved()
}

const DEFAULT_PLACE = { schemaVersion: 1, bounds: { width: 1280, height: 820 }, maximized: false, theme: 'system' }

describe('the window state', () => {
  it('keeps the place of a closing window, rounded, and the theme, with the file’s format number', async () => {
    const dir = await tempDir()
    const state = await WindowState.open(dataFolder(dir))
    expect(state.data).toEqual(DEFAULT_PLACE)
    await chooseAndClose(state, 'dark', { x: 10.4, y: 20.6, width: 1000.2, height: 700.7 }, true)
    const saved = { schemaVersion: 1, bounds: { x: 10, y: 21, width: 1000, height: 701 }, maximized: true, theme: 'dark' }
    expect(JSON.parse(await readFile(inMachineFolder(dir, 'window-state.json'), 'utf8'))).toEqual(saved)
    expect((await WindowState.open(dataFolder(dir))).data).toEqual(saved)
  })

  it('leaves a file a newer Parallax wrote as it is and puts the window in its default place, saying so', async () => {
    const dir = await tempDir()
    const newer = JSON.stringify({ schemaVersion: 3, windows: [] })
    await writeInMachineFolder(dir, 'window-state.json', newer)
    const folder = dataFolder(dir)
    const state = await WindowState.open(folder)
    expect(state.data).toEqual(DEFAULT_PLACE)
    await chooseAndClose(state, 'light', { x: 0, y: 0, width: 900, height: 600 }, false)
    expect(await readFile(inMachineFolder(dir, 'window-state.json'), 'utf8')).toBe(newer)
    expect(folder.notices.list()).toMatchObject([{ kind: 'held', file: 'machines/test-machine/window-state.json' }])
  })

  it('moves a file whose window is too small to use to damaged/, and the window takes its default place', async () => {
    const dir = await tempDir()
    const tiny = JSON.stringify({ schemaVersion: 1, bounds: { width: 20, height: 10 }, maximized: false, theme: 'dark' })
    await writeInMachineFolder(dir, 'window-state.json', tiny)
    // Left so by an earlier run, not being written now: it is judged at once.
    const anHourAgo = Date.now() / 1000 - 3600
    await utimes(inMachineFolder(dir, 'window-state.json'), anHourAgo, anHourAgo)
    const folder = dataFolder(dir)
    const state = await WindowState.open(folder)
    expect(state.data).toEqual(DEFAULT_PLACE)
    const [moved] = await readdir(inMachineFolder(dir, 'damaged'))
    expect(await readFile(inMachineFolder(dir, 'damaged', moved!), 'utf8')).toBe(tiny)
    expect(folder.notices.list()).toMatchObject([{ kind: 'recovered', file: 'machines/test-machine/window-state.json', problem: 'not-valid', restoredFrom: null }])
  })
})
