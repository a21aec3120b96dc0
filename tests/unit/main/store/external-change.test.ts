import { execFile } from 'node:child_process'
import { readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it, vi } from 'vitest'
import { openServices } from '../../../helpers/test-services'
import { AnnotationStore } from '../../../../src/main/store/annotation-store'
import { CatalogStore, type CatalogData } from '../../../../src/main/store/catalog-store'
import { CATALOG_FILE } from '../../../../src/main/store/formats/catalog'
import { DurableJsonFile, QUIET_MS } from '../../../../src/main/store/durable-json-file'
import { dataFolder } from '../../../../src/main/store/data-folder'
import { untilFolded } from '../../../helpers/data-folder'
import { otherProgramWritesSlowly } from '../../../helpers/other-program'
import { SEEDS_DIR, tempDir } from '../../../helpers/temp-dir'
import { inMachineFolder } from '../../../helpers/machine-path'

const run = promisify(execFile)

/** Another program (a sync tool) rewriting the catalog in its own process, as a change of `field` in the settings. */
async function otherProgramSets(path: string, field: string, value: unknown): Promise<void> {
  const script = `const fs = require('node:fs'); const c = JSON.parse(fs.readFileSync(process.argv[1], 'utf8'));
    c.settings[process.argv[2]] = JSON.parse(process.argv[3]); fs.writeFileSync(process.argv[1], JSON.stringify(c))`
  await run(process.execPath, ['-e', script, path, field, JSON.stringify(value)])
}

async function onDisk(path: string): Promise<CatalogData> {
  return JSON.parse(await readFile(path, 'utf8')) as CatalogData
}

describe('a change another program makes to a data file while Parallax runs', () => {
  it('survives the next edit of the catalog: the file is reloaded and the edits in the journal applied on top', async () => {
    const dir = await tempDir()
    const folder = dataFolder(dir)
    const catalog = await CatalogStore.open(dir, folder)
    await catalog.apply({ outlets: [{ key: 'nytimes.com', name: 'The New York Times', aliases: ['nytimes.com'] }] })
    await otherProgramSets(join(dir, CATALOG_FILE), 'importLimitMb', 7)
    await catalog.apply({ seeded: true })
    expect(catalog.data).toMatchObject({ seeded: true, outlets: [{ name: 'The New York Times' }], settings: { importLimitMb: 7 } })
    await catalog.compact()
    expect(await onDisk(join(dir, CATALOG_FILE))).toMatchObject({ seeded: true, outlets: [{ name: 'The New York Times' }], settings: { importLimitMb: 7 } })
    expect(folder.notices.list()).toEqual([
      {
        kind: 'reloaded',
        file: 'catalog.json',
        message: 'The library catalog was changed by another program while Parallax was running, and Parallax took the change in.'
      }
    ])
  })

  it('survives edits that were on their way to disk when it was found', async () => {
    const dir = await tempDir()
    const catalog = await CatalogStore.open(dir)
    await otherProgramSets(join(dir, CATALOG_FILE), 'importLimitMb', 9)
    await Promise.all(
      ['a', 'b', 'c', 'd'].map((id) =>
        catalog.apply({ categories: [...catalog.data.categories, { id, name: id, color: '#000000' }] })
      )
    )
    await catalog.compact()
    const saved = await onDisk(join(dir, CATALOG_FILE))
    expect(saved.settings.importLimitMb).toBe(9)
    expect(saved.categories.map((c) => c.id).slice(-4)).toEqual(['a', 'b', 'c', 'd'])
  })

  it('survives the next edit of a document’s notes', async () => {
    const dir = await tempDir()
    const store = new AnnotationStore(dir)
    await store.boot()
    await store.update('d_a', 'h', (file) => {
      file.note = 'mine'
    })
    const path = join(dir, 'annotations', 'd_a.json')
    const synced = { ...JSON.parse(await readFile(path, 'utf8')), note: 'from my other computer' }
    await writeFile(path, JSON.stringify(synced))
    await store.update('d_a', 'h', (file) => {
      file.highlights = []
      file.textHash = 'h2'
    })
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ note: 'from my other computer', textHash: 'h2' })
  })

  it('is taken in without any edit when the app looks', async () => {
    const dir = await tempDir()
    const catalog = await CatalogStore.open(dir)
    expect(await catalog.refresh()).toBe(false)
    await otherProgramSets(join(dir, CATALOG_FILE), 'theme', 'light')
    const written = await readFile(join(dir, CATALOG_FILE), 'utf8')
    expect(await catalog.refresh()).toBe(true)
    expect(catalog.data.settings.theme).toBe('light')
    expect(await readFile(join(dir, CATALOG_FILE), 'utf8')).toBe(written)
  })

  it('moves a change that left the file unreadable aside, keeps it, and reports a conflict', async () => {
    const dir = await tempDir()
    const folder = dataFolder(dir)
    const catalog = await CatalogStore.open(dir, folder)
    await writeFile(join(dir, CATALOG_FILE), '<<<<<<< conflict markers from a sync tool')
    await catalog.apply({ settings: { ...catalog.data.settings, theme: 'dark' } })
    expect((await onDisk(join(dir, CATALOG_FILE))).settings.theme).toBe('dark')
    const [moved] = await readdir(inMachineFolder(dir, 'damaged'))
    expect(await readFile(inMachineFolder(dir, 'damaged', moved!), 'utf8')).toBe('<<<<<<< conflict markers from a sync tool')
    expect(folder.notices.list()).toMatchObject([{ kind: 'conflict', file: 'catalog.json', movedTo: inMachineFolder(dir, 'damaged', moved!) }])
  })

  it('is waited for while another program writes it in place in chunks, then taken in with the edits made meanwhile', async () => {
    const dir = await tempDir()
    const folder = dataFolder(dir)
    const catalog = await CatalogStore.open(dir, folder)
    const ours = await onDisk(join(dir, CATALOG_FILE))
    const theirs = { ...ours, settings: { ...ours.settings, theme: 'light', importLimitMb: 7 } }
    const { done } = await otherProgramWritesSlowly(join(dir, CATALOG_FILE), JSON.stringify(theirs, null, 2))
    const edits = [
      catalog.apply({ seeded: true }),
      catalog.apply({ categories: [...catalog.data.categories, { id: 'mine', name: 'Mine', color: '#000000' }] })
    ]
    await Promise.all([...edits, done])
    await catalog.compact()
    const saved = await onDisk(join(dir, CATALOG_FILE))
    expect(saved).toMatchObject({ seeded: true, settings: { theme: 'light', importLimitMb: 7 } })
    expect(saved.categories.map((c) => c.id)).toContain('mine')
    expect(await readdir(dir)).toEqual([CATALOG_FILE, 'journal'])
    expect(folder.notices.list().map((notice) => notice.kind)).toEqual(['reloaded'])
  })

  it('is waited for when it is under way as the file is first read, and nothing goes to damaged/', async () => {
    const dir = await tempDir()
    const store = new AnnotationStore(dir)
    await store.boot()
    const path = join(dir, 'annotations', 'd_aaaaaaaa.json')
    const theirs = { schemaVersion: 1, documentId: 'd_aaaaaaaa', textHash: 'h', note: 'synced in place', highlights: [] }
    const { done } = await otherProgramWritesSlowly(path, JSON.stringify(theirs, null, 2))
    expect((await store.read('d_aaaaaaaa', 'h')).note).toBe('synced in place')
    await done
    expect(await readdir(dir)).toEqual(['annotations'])
  })

  it('is waited for by the running app’s watch too, and nothing goes to damaged/', async () => {
    const dir = await tempDir()
    const services = await openServices({ dataDir: dir, seedsDir: SEEDS_DIR, version: 'test', transport: 'http', backupEveryMinutes: 10 })
    try {
      const doc = services.library.list()[0]!
      await untilFolded(dir)
      const theirs = await onDisk(join(dir, CATALOG_FILE))
      theirs.documents[doc.id]!.title = 'Renamed in an editor'
      // The watch looks 150 ms after the first chunk, before the second; an edit made after that goes to the journal meanwhile.
      const { done } = await otherProgramWritesSlowly(join(dir, CATALOG_FILE), JSON.stringify(theirs, null, 2), 2)
      await services.settings.update({ theme: 'dark' })
      await done
      await vi.waitFor(() => expect(services.library.get(doc.id).title).toBe('Renamed in an editor'), { timeout: 5000 })
      await untilFolded(dir)
      const saved = await onDisk(join(dir, CATALOG_FILE))
      expect(saved.documents[doc.id]!.title).toBe('Renamed in an editor')
      expect(saved.settings.theme).toBe('dark')
      expect(await readdir(inMachineFolder(dir)).catch(() => [])).not.toContain('damaged')
      expect(services.notices.list().map((notice) => notice.kind)).toEqual(['reloaded'])
    } finally {
      await services.shutdown()
    }
  })

  it('moves a file that stays unreadable aside only once it has been quiet, with the conflict notice', async () => {
    const dir = await tempDir()
    const services = await openServices({ dataDir: dir, seedsDir: SEEDS_DIR, version: 'test', transport: 'http', backupEveryMinutes: 10 })
    try {
      const written = performance.now()
      await writeFile(join(dir, CATALOG_FILE), '{"schemaVersion": 3, "documents": {')
      await vi.waitFor(() => expect(services.notices.list()).toMatchObject([{ kind: 'conflict', file: CATALOG_FILE }]), { timeout: 5000 })
      expect(performance.now() - written).toBeGreaterThanOrEqual(QUIET_MS)
      const [moved] = await readdir(inMachineFolder(dir, 'damaged'))
      expect(await readFile(inMachineFolder(dir, 'damaged', moved!), 'utf8')).toBe('{"schemaVersion": 3, "documents": {')
      await vi.waitFor(async () => expect((await onDisk(join(dir, CATALOG_FILE))).documents).toHaveProperty(services.library.list()[0]!.id))
    } finally {
      await services.shutdown()
    }
  })

  it('is noticed by the running app as it happens, through a watch on the data folder', async () => {
    const dir = await tempDir()
    const services = await openServices({ dataDir: dir, seedsDir: SEEDS_DIR, version: 'test', transport: 'http', backupEveryMinutes: 10 })
    try {
      const doc = services.library.list()[0]!
      await untilFolded(dir)
      const catalog = await onDisk(join(dir, CATALOG_FILE))
      catalog.documents[doc.id]!.title = 'Renamed on another computer'
      // As sync tools write: a whole new file renamed over the old, so the start snapshot reads one or the other whole.
      await writeFile(join(dir, 'catalog.json.sync-tmp'), JSON.stringify(catalog))
      await rename(join(dir, 'catalog.json.sync-tmp'), join(dir, CATALOG_FILE))
      await vi.waitFor(() => expect(services.library.get(doc.id).title).toBe('Renamed on another computer'), { timeout: 5000 })
      expect(services.notices.list()).toMatchObject([{ kind: 'reloaded', file: 'catalog.json' }])
    } finally {
      await services.shutdown()
    }
    expect(await readdir(inMachineFolder(dir, 'backups'))).toHaveLength(2)
  })
})

describe('DurableJsonFile', () => {
  it('writes over a file another program changed only through onChangedOnDisk, which sees the new text', async () => {
    const path = join(await tempDir(), 'db.json')
    const seen: (string | null)[] = []
    const file = new DurableJsonFile<{ n: number }>(path, {
      onChangedOnDisk: async (text) => {
        seen.push(text)
        return { data: { n: 100 }, fromFile: false }
      }
    })
    await file.write({ n: 1 })
    await file.write({ n: 2 })
    await writeFile(path, '{"n":50}')
    await file.write({ n: 3 })
    expect(seen).toEqual(['{"n":50}'])
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ n: 100 })
  })
})
