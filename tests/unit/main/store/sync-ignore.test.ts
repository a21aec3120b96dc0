import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { claimDataFolder } from '../../../../src/main/store/claim-data-folder'
import { tempDir } from '../../../helpers/temp-dir'

describe('the .stignore Parallax leaves for Syncthing', () => {
  it('is written in a data folder without one, keeping machines/ out of the sync, with a line saying why', async () => {
    const dir = await tempDir()
    const { lock } = await claimDataFolder(dir)
    await lock.release()
    expect((await readFile(join(dir, '.stignore'), 'utf8')).split('\n')).toEqual([
      '// Parallax: each computer keeps its lock, layout, window place, backups and caches in machines/<its id>/, not to be synced.',
      '/machines',
      ''
    ])
  })

  it('never changes the user’s own, even one that lacks /machines', async () => {
    const dir = await tempDir()
    const own = '// mine\n*.tmp\n'
    await writeFile(join(dir, '.stignore'), own)
    const { lock } = await claimDataFolder(dir)
    await lock.release()
    const again = await claimDataFolder(dir)
    await again.lock.release()
    expect(await readFile(join(dir, '.stignore'), 'utf8')).toBe(own)
  })
})
