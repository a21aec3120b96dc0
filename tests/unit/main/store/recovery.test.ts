import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openServices } from '../../../helpers/test-services'
import { AnnotationStore } from '../../../../src/main/store/annotation-store'
import { ANNOTATION_BACKUPS } from '../../../../src/main/store/formats/annotations'
import { Backups } from '../../../../src/main/store/backups'
import { CatalogStore } from '../../../../src/main/store/catalog-store'
import { CATALOG_BACKUPS, CATALOG_FILE, CATALOG_VERSION } from '../../../../src/main/store/formats/catalog'
import { DataNotices } from '../../../../src/main/store/data-notices'
import { QUIET_MS } from '../../../../src/main/store/durable-json-file'
import { HeldFiles } from '../../../../src/main/store/held-files'
import type { DataFolder } from '../../../../src/main/store/json-database'
import { moveAside } from '../../../../src/main/store/recovery'
import { SEEDS_DIR, tempDir } from '../../../helpers/temp-dir'
import { inMachineFolder } from '../../../helpers/machine-path'
import { machineFolder } from '../../../../src/main/store/machine-folder'

const BACKUP_TIME = new Date('2025-03-01T10:00:00Z')
const START_TIME = new Date('2025-03-02T08:30:00Z')

/** The data folder as the container wires it, with a clock of the test's choosing and its own notices. */
function dataFolder(dataDir: string, now: Date): DataFolder {
  const machine = machineFolder(dataDir)
  return { dataDir, machine, backups: new Backups(machine, [CATALOG_BACKUPS, ANNOTATION_BACKUPS], () => now), notices: new DataNotices(), held: new HeldFiles(), now: () => now }
}

/** A library whose theme is dark, backed up at BACKUP_TIME. */
async function backedUpLibrary(): Promise<string> {
  const dir = await tempDir()
  const folder = dataFolder(dir, BACKUP_TIME)
  const catalog = await CatalogStore.open(dir, folder)
  await catalog.apply({ settings: { ...catalog.data.settings, theme: 'dark' } })
  await folder.backups.snapshot()
  return dir
}

async function damagedFiles(dir: string): Promise<string[]> {
  return readdir(inMachineFolder(dir, 'damaged'))
}

describe('recovery of the catalog at start', () => {
  it('moves a catalog that is not JSON aside, byte for byte, and restores the newest good backup', async () => {
    const dir = await backedUpLibrary()
    await writeFile(join(dir, CATALOG_FILE), '{ "schemaVersion": 3, "seeded": tru')
    const folder = dataFolder(dir, START_TIME)
    const catalog = await CatalogStore.open(dir, folder)
    expect(catalog.data.settings.theme).toBe('dark')
    const movedTo = inMachineFolder(dir, 'damaged', '2025-03-02T08-30-00-000Z-catalog.json')
    expect(await damagedFiles(dir)).toEqual(['2025-03-02T08-30-00-000Z-catalog.json'])
    expect(await readFile(movedTo, 'utf8')).toBe('{ "schemaVersion": 3, "seeded": tru')
    expect(folder.notices.list()).toEqual([
      {
        kind: 'recovered',
        file: 'catalog.json',
        problem: 'not-json',
        movedTo,
        restoredFrom: '2025-03-01T10:00:00.000Z',
        message: `The library catalog is not valid JSON, so Parallax moved it to ${movedTo} and restored the backup taken 2025-03-01 10:00 UTC.`
      }
    ])
    expect(JSON.parse(await readFile(join(dir, CATALOG_FILE), 'utf8')).settings.theme).toBe('dark')
  })

  it('sets a file damaged long before the start right at once, and one changed just now only once it has been quiet', async () => {
    for (const age of [3600, 0]) {
      const dir = await backedUpLibrary()
      await writeFile(join(dir, CATALOG_FILE), '{ "schemaVersion": 3, "seeded": tru')
      const changed = Date.now() / 1000 - age
      await utimes(join(dir, CATALOG_FILE), changed, changed)
      const opening = performance.now()
      await CatalogStore.open(dir, dataFolder(dir, START_TIME))
      const waited = performance.now() - opening
      if (age > 0) expect(waited).toBeLessThan(QUIET_MS)
      else expect(waited).toBeGreaterThanOrEqual(QUIET_MS)
      expect(await damagedFiles(dir)).toEqual(['2025-03-02T08-30-00-000Z-catalog.json'])
    }
  })

  it('does the same for JSON that does not fit the catalog schema', async () => {
    const dir = await backedUpLibrary()
    const invalid = JSON.stringify({ schemaVersion: 3, seeded: 'yes', documents: [] })
    await writeFile(join(dir, CATALOG_FILE), invalid)
    const folder = dataFolder(dir, START_TIME)
    const catalog = await CatalogStore.open(dir, folder)
    expect(catalog.data.settings.theme).toBe('dark')
    expect(await readFile(inMachineFolder(dir, 'damaged', '2025-03-02T08-30-00-000Z-catalog.json'), 'utf8')).toBe(invalid)
    expect(folder.notices.list()).toMatchObject([{ kind: 'recovered', problem: 'not-valid', restoredFrom: '2025-03-01T10:00:00.000Z' }])
  })

  it('passes over a backup that is itself damaged for an older good one', async () => {
    const dir = await backedUpLibrary()
    const newer = inMachineFolder(dir, 'backups', '2025-03-01T12-00-00-000Z')
    await mkdir(newer, { recursive: true })
    await writeFile(join(newer, CATALOG_FILE), '{}x')
    await writeFile(join(dir, CATALOG_FILE), '')
    const folder = dataFolder(dir, START_TIME)
    expect((await CatalogStore.open(dir, folder)).data.settings.theme).toBe('dark')
    expect(folder.notices.list()).toMatchObject([{ restoredFrom: '2025-03-01T10:00:00.000Z' }])
  })

  it('starts an empty catalog when there is no backup, and keeps the damaged one', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, CATALOG_FILE), '{ broken')
    const folder = dataFolder(dir, START_TIME)
    const catalog = await CatalogStore.open(dir, folder)
    expect(catalog.data).toMatchObject({ schemaVersion: CATALOG_VERSION, seeded: false, documents: {} })
    const movedTo = inMachineFolder(dir, 'damaged', '2025-03-02T08-30-00-000Z-catalog.json')
    expect(await readFile(movedTo, 'utf8')).toBe('{ broken')
    expect(folder.notices.list()).toEqual([
      {
        kind: 'recovered',
        file: 'catalog.json',
        problem: 'not-json',
        movedTo,
        restoredFrom: null,
        message: `The library catalog is not valid JSON and has no good backup, so Parallax moved it to ${movedTo} and started an empty one.`
      }
    ])
  })

  it('refuses a catalog from a newer Parallax rather than recovering it away', async () => {
    const dir = await backedUpLibrary()
    const future = JSON.stringify({ schemaVersion: 99, seeded: 'a shape this Parallax does not know' })
    await writeFile(join(dir, CATALOG_FILE), future)
    await expect(CatalogStore.open(dir, dataFolder(dir, START_TIME))).rejects.toThrow(
      `The library in ${dir} was written by a newer version of Parallax (format 99; this one reads up to ${CATALOG_VERSION}), so this one will not open it, to leave it unchanged. Open it with the newer Parallax, or choose another folder with --data-dir.`
    )
    expect(await readFile(join(dir, CATALOG_FILE), 'utf8')).toBe(future)
    expect(await readdir(inMachineFolder(dir)).catch(() => [])).not.toContain('damaged')
  })

  it('reaches the app through the container, which reports it', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, CATALOG_FILE), 'not json at all')
    const { notices, library } = await openServices({ dataDir: dir, seedsDir: SEEDS_DIR, version: 'test', transport: 'http' })
    expect(notices.list()).toMatchObject([{ kind: 'recovered', file: 'catalog.json', restoredFrom: null }])
    expect(library.list()).toHaveLength(5)
  })
})

describe('recovery of an annotations file', () => {
  it('restores the newest good backup when the file is first read', async () => {
    const dir = await tempDir()
    const folder = dataFolder(dir, BACKUP_TIME)
    const store = new AnnotationStore(dir, folder)
    await store.boot()
    await store.update('d_a', 'h', (file) => {
      file.note = 'the note that matters'
    })
    await folder.backups.snapshot()
    await writeFile(join(dir, 'annotations', 'd_a.json'), JSON.stringify({ schemaVersion: 1, documentId: 'd_a', note: 7 }))
    const later = dataFolder(dir, START_TIME)
    const reopened = new AnnotationStore(dir, later)
    expect((await reopened.read('d_a', 'h')).note).toBe('the note that matters')
    expect(later.notices.list()).toMatchObject([
      {
        kind: 'recovered',
        file: 'annotations/d_a.json',
        problem: 'not-valid',
        movedTo: inMachineFolder(dir, 'damaged', '2025-03-02T08-30-00-000Z-annotations-d_a.json'),
        restoredFrom: '2025-03-01T10:00:00.000Z'
      }
    ])
  })
})

describe('moveAside', () => {
  it('never overwrites a damaged file already set aside', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, CATALOG_FILE), 'first')
    const first = await moveAside(machineFolder(dir), CATALOG_FILE, START_TIME)
    await writeFile(join(dir, CATALOG_FILE), 'second')
    const second = await moveAside(machineFolder(dir), CATALOG_FILE, START_TIME)
    expect(second).toBe(inMachineFolder(dir, 'damaged', '2025-03-02T08-30-00-000Z-catalog-2.json'))
    expect([await readFile(first, 'utf8'), await readFile(second, 'utf8')]).toEqual(['first', 'second'])
  })
})
