import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { machineId, machineIdFile } from '../../../src/main/machine-id'
import { tempDir } from '../../helpers/temp-dir'

describe('the machine id', () => {
  it('is made once, 12 hex digits, kept under XDG_STATE_HOME, and the same at every later start', async () => {
    const state = await tempDir()
    const env = { XDG_STATE_HOME: state }
    const id = machineId(env, 'linux')
    expect(id).toMatch(/^[0-9a-f]{12}$/)
    expect(await readFile(join(state, 'parallax', 'machine-id'), 'utf8')).toBe(`${id}\n`)
    expect(machineId(env, 'linux')).toBe(id)
  })

  it('differs from one machine to the next', async () => {
    expect(machineId({ XDG_STATE_HOME: await tempDir() }, 'linux')).not.toBe(machineId({ XDG_STATE_HOME: await tempDir() }, 'linux'))
  })

  it('is PARALLAX_MACHINE_ID when set, and nothing is written', async () => {
    const state = await tempDir()
    expect(machineId({ XDG_STATE_HOME: state, PARALLAX_MACHINE_ID: 'laptop-2' }, 'linux')).toBe('laptop-2')
    expect(await readFile(join(state, 'parallax', 'machine-id'), 'utf8').catch(() => null)).toBeNull()
  })

  it('refuses an id that cannot name a folder, saying where it came from', async () => {
    const state = await tempDir()
    await mkdir(join(state, 'parallax'))
    await writeFile(join(state, 'parallax', 'machine-id'), '../other\n')
    expect(() => machineId({ XDG_STATE_HOME: state }, 'linux')).toThrow(
      `The machine id in ${join(state, 'parallax', 'machine-id')} must be 1 to 64 letters, digits, - or _, not "../other".`
    )
    expect(() => machineId({ PARALLAX_MACHINE_ID: 'a/b' }, 'linux')).toThrow('The machine id in PARALLAX_MACHINE_ID must be')
  })

  it('is kept beside, never inside, the default data folder on each system', () => {
    expect(machineIdFile({}, 'linux')).toBe(join(homedir(), '.local', 'state', 'parallax', 'machine-id'))
    expect(machineIdFile({}, 'darwin')).toBe(join(homedir(), 'Library', 'Application Support', 'Parallax Machine', 'machine-id'))
    expect(machineIdFile({ LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' }, 'win32')).toBe(join('C:\\Users\\ann\\AppData\\Local', 'Parallax', 'machine-id'))
  })
})
