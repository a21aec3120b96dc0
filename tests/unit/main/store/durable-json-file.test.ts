import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Low } from 'lowdb'
import { DurableJsonFile } from '../../../../src/main/store/durable-json-file'
import { removeStaleTempFiles } from '../../../../src/main/store/atomic-write'
import { tempDir } from '../../../helpers/temp-dir'

describe('DurableJsonFile', () => {
  it('reads null for a file that does not exist yet', async () => {
    const file = new DurableJsonFile(join(await tempDir(), 'absent.json'))
    expect(await file.read()).toBeNull()
  })

  it('resolves each write only once a file holding its change is on disk', async () => {
    const dir = await tempDir()
    const path = join(dir, 'db.json')
    const db = new Low<{ items: number[] }>(new DurableJsonFile(path), { items: [] })
    const writes = []
    for (let i = 0; i < 50; i++) {
      db.data.items.push(i)
      const expected = i
      writes.push(
        db.write().then(async () => {
          const onDisk = JSON.parse(await readFile(path, 'utf8')) as { items: number[] }
          expect(onDisk.items).toContain(expected)
        })
      )
    }
    await Promise.all(writes)
    const final = JSON.parse(await readFile(path, 'utf8')) as { items: number[] }
    expect(final.items).toHaveLength(50)
  })

  it('coalesces writes made while one is in flight', async () => {
    const dir = await tempDir()
    const path = join(dir, 'db.json')
    const file = new DurableJsonFile<{ n: number }>(path)
    let renames = 0
    const watcher = (await import('node:fs')).watch(dir, () => (renames += 1))
    await Promise.all(Array.from({ length: 100 }, (_, n) => file.write({ n })))
    watcher.close()
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ n: 99 })
    // Uncoalesced, each of the 100 writes would create and rename a temporary file of its own: 200 events or more.
    expect(renames).toBeLessThan(100)
  })

  it('leaves no temporary file behind after writing', async () => {
    const dir = await tempDir()
    const file = new DurableJsonFile(join(dir, 'db.json'))
    await file.write({ a: 1 })
    expect(await readdir(dir)).toEqual(['db.json'])
  })

  it('clears temporary files that a crash left behind, and only those', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'catalog.json.parallax-0123456789ab.tmp'), '{"half":')
    await writeFile(join(dir, 'notes.tmp'), 'not ours')
    expect(await removeStaleTempFiles(dir)).toEqual(['catalog.json.parallax-0123456789ab.tmp'])
    expect(await readdir(dir)).toEqual(['notes.tmp'])
  })
})
