import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultUserDataDir, requestedDataDir } from '../../../src/main/data-dir'

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
