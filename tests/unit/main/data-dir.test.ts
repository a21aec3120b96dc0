import { stat, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultUserDataDir, ensureDataFolder, requestedDataDir } from '../../../src/main/data-dir'
import { tempDir } from '../../helpers/temp-dir'

describe('the data folder', () => {
  it('prefers --data-dir, then PARALLAX_DATA_DIR, as absolute paths', () => {
    expect(requestedDataDir('lib', { PARALLAX_DATA_DIR: '/env' })).toBe(resolve('lib'))
    expect(requestedDataDir(undefined, { PARALLAX_DATA_DIR: '/env' })).toBe('/env')
    expect(requestedDataDir(undefined, {})).toBeUndefined()
  })

  it("matches Electron's userData folder for the app on each platform", () => {
    expect(defaultUserDataDir({}, 'linux')).toBe(join(homedir(), '.config', 'Parallax'))
    expect(defaultUserDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux')).toBe('/x/Parallax')
    expect(defaultUserDataDir({}, 'darwin')).toBe(join(homedir(), 'Library', 'Application Support', 'Parallax'))
    expect(defaultUserDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toBe(join('C:\\Users\\a\\AppData\\Roaming', 'Parallax'))
  })
})

describe('ensureDataFolder', () => {
  it('makes a missing folder, and says plainly when the path is a file', async () => {
    const dir = join(await tempDir(), 'a', 'b')
    await ensureDataFolder(dir)
    expect((await stat(dir)).isDirectory()).toBe(true)
    const file = join(dir, 'not-a-folder')
    await writeFile(file, 'x')
    await expect(ensureDataFolder(file)).rejects.toThrow(`The data folder ${file} is a file, not a folder.`)
  })
})
