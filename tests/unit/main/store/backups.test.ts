import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ANNOTATION_BACKUPS } from '../../../../src/main/store/formats/annotations'
import { folderNameOf, parseSnapshotName, snapshotName, snapshotsToKeep } from '../../../../src/main/store/backup-rotation'
import { Backups } from '../../../../src/main/store/backups'
import { CatalogStore } from '../../../../src/main/store/catalog-store'
import { CATALOG_BACKUPS } from '../../../../src/main/store/formats/catalog'
import { tempDir } from '../../../helpers/temp-dir'
import { machineFolder } from '../../../../src/main/store/machine-folder'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

/** A clock the test moves by hand, so rotation over days takes no time. */
function clock(start: string) {
  let now = new Date(start)
  return { now: () => now, advance: (ms: number) => (now = new Date(now.getTime() + ms)) }
}

function notes(documentId: string, note: string): string {
  return JSON.stringify({ schemaVersion: 1, documentId, textHash: 'h', note, highlights: [] })
}

async function library(): Promise<string> {
  const dir = await tempDir()
  await CatalogStore.open(dir)
  await mkdir(join(dir, 'annotations'))
  await writeFile(join(dir, 'annotations', 'd_a.json'), notes('d_a', 'first a'))
  await writeFile(join(dir, 'annotations', 'd_b.json'), notes('d_b', 'only b'))
  return dir
}

describe('snapshotsToKeep', () => {
  it('keeps the newest few and the newest of each of the last seven days', () => {
    const now = new Date('2025-03-10T12:00:00Z')
    const times = [
      ...Array.from({ length: 10 }, (_, i) => new Date(now.getTime() - i * 10 * MINUTE)),
      new Date('2025-03-09T08:00:00Z'),
      new Date('2025-03-09T18:00:00Z'),
      new Date('2025-03-04T18:00:00Z'),
      new Date('2025-03-02T18:00:00Z')
    ]
    const snapshots = times.map((time) => ({ name: time.toISOString(), order: time, clock: time }))
    const kept = [...snapshotsToKeep(snapshots, now, { recent: 3, days: 7 })].sort()
    expect(kept).toEqual([
      '2025-03-04T18:00:00.000Z',
      '2025-03-09T18:00:00.000Z',
      '2025-03-10T11:40:00.000Z',
      '2025-03-10T11:50:00.000Z',
      '2025-03-10T12:00:00.000Z'
    ])
  })

  it('names folders by time in a form every system accepts, and reads the time back', () => {
    const time = new Date('2025-03-10T12:34:56.789Z')
    expect(folderNameOf(time)).toBe('2025-03-10T12-34-56-789Z')
    expect(parseSnapshotName(snapshotName(time, time))).toEqual({ name: '2025-03-10T12-34-56-789Z', order: time, clock: time })
    const behind = new Date('2025-03-05T08:00:00.000Z')
    expect(snapshotName(time, behind)).toBe('2025-03-10T12-34-56-789Z_2025-03-05T08-00-00-000Z')
    expect(parseSnapshotName(snapshotName(time, behind))).toMatchObject({ order: time, clock: behind })
    expect(parseSnapshotName('last-scan.json')).toBeNull()
  })
})

describe('Backups', () => {
  it('copies everything at first, then only what changed, and nothing when nothing did', async () => {
    const dir = await library()
    const time = clock('2025-03-01T10:00:00Z')
    const backups = new Backups(machineFolder(dir), [CATALOG_BACKUPS, ANNOTATION_BACKUPS], time.now)
    expect((await backups.snapshot())?.files).toEqual(['annotations/d_a.json', 'annotations/d_b.json', 'catalog.json'])
    time.advance(10 * MINUTE)
    expect(await backups.snapshot()).toBeNull()
    await writeFile(join(dir, 'annotations', 'd_a.json'), notes('d_a', 'second a'))
    const second = await backups.snapshot()
    expect(second).toEqual({ takenAt: time.now(), files: ['annotations/d_a.json'] })
    const copy = join(backups.folder, folderNameOf(time.now()), 'annotations', 'd_a.json')
    expect(await readFile(copy, 'utf8')).toBe(notes('d_a', 'second a'))
  })

  it('keeps copies, not links: rewriting a data file in place leaves its backup as it was', async () => {
    const dir = await library()
    const backups = new Backups(machineFolder(dir), [CATALOG_BACKUPS, ANNOTATION_BACKUPS], clock('2025-03-01T10:00:00Z').now)
    await backups.snapshot()
    await writeFile(join(dir, 'annotations', 'd_b.json'), 'overwritten in place')
    expect((await backups.newestGood('annotations/d_b.json', () => true))?.text).toBe(notes('d_b', 'only b'))
  })

  it('never backs up a damaged file, so the good copy before it stays the newest', async () => {
    const dir = await library()
    const time = clock('2025-03-01T10:00:00Z')
    const backups = new Backups(machineFolder(dir), [CATALOG_BACKUPS, ANNOTATION_BACKUPS], time.now)
    await backups.snapshot()
    await writeFile(join(dir, 'annotations', 'd_a.json'), '{"schemaVersion":1,"note":')
    time.advance(10 * MINUTE)
    expect(await backups.snapshot()).toBeNull()
    const newest = await backups.newestGood('annotations/d_a.json', ANNOTATION_BACKUPS.isGood)
    expect(newest).toEqual({ text: notes('d_a', 'first a'), takenAt: new Date('2025-03-01T10:00:00Z') })
  })

  it('rotates over days: the last five and one a day for a week, with every file still restorable', async () => {
    const dir = await library()
    const time = clock('2025-03-01T09:00:00Z')
    const backups = new Backups(machineFolder(dir), [CATALOG_BACKUPS, ANNOTATION_BACKUPS], time.now)
    await backups.snapshot()
    for (let day = 0; day < 10; day++) {
      for (let edit = 0; edit < 4; edit++) {
        time.advance(2 * 60 * MINUTE)
        await writeFile(join(dir, 'annotations', 'd_a.json'), notes('d_a', `day ${day} edit ${edit}`))
        await backups.snapshot()
      }
      time.advance(DAY - 8 * 60 * MINUTE)
    }
    const times = await backups.times()
    // The last snapshot, on 10 March at 17:00, pruned to its four of that day, 9 March's last, and one a day back to the 4th.
    expect(times.map((t) => t.toISOString().slice(5, 13))).toEqual([
      '03-10T17',
      '03-10T15',
      '03-10T13',
      '03-10T11',
      '03-09T17',
      '03-08T17',
      '03-07T17',
      '03-06T17',
      '03-05T17',
      '03-04T17'
    ])
    // d_b changed only before the first snapshot, which is long gone: its copy moved forward into the oldest one kept.
    expect((await backups.newestGood('annotations/d_b.json', ANNOTATION_BACKUPS.isGood))?.text).toBe(notes('d_b', 'only b'))
    expect((await backups.newestGood('catalog.json', CATALOG_BACKUPS.isGood))?.takenAt).toEqual(times.at(-1))
    expect(await readdir(backups.folder)).toHaveLength(times.length + 1)
  })

  it('keeps a snapshot a day after the clock jumped a month ahead and back, newest in order first', async () => {
    const dir = await library()
    const time = clock('2025-03-01T09:00:00Z')
    const backups = new Backups(machineFolder(dir), [CATALOG_BACKUPS, ANNOTATION_BACKUPS], time.now)
    const edit = async (note: string) => {
      await writeFile(join(dir, 'annotations', 'd_a.json'), notes('d_a', note))
      await backups.snapshot()
    }
    await edit('before the jump')
    time.advance(30 * DAY)
    await edit('on the wrong day')
    time.advance(-30 * DAY + DAY)
    for (let day = 0; day < 6; day++) {
      for (let hour = 0; hour < 3; hour++) {
        time.advance(60 * MINUTE)
        await edit(`day ${day} hour ${hour}`)
      }
      time.advance(DAY - 3 * 60 * MINUTE)
    }
    const days = (await backups.times()).map((t) => t.toISOString().slice(5, 10))
    // At the last snapshot (7 March, 12:00): the five newest, the newest of each day back to 1 March (six days and
    // three hours before), and the one the clock dated 31 March. Named by the order alone, every snapshot after the
    // jump would fall on 31 March, and the days 2 to 6 March would be gone.
    expect(new Set(days)).toEqual(new Set(['03-31', '03-07', '03-06', '03-05', '03-04', '03-03', '03-02', '03-01']))
    expect((await backups.newestGood('annotations/d_a.json', ANNOTATION_BACKUPS.isGood))?.text).toBe(notes('d_a', 'day 5 hour 2'))
  })

  it('lets the backups of a removed document go when their snapshot is pruned', async () => {
    const dir = await library()
    const time = clock('2025-03-01T09:00:00Z')
    const backups = new Backups(machineFolder(dir), [CATALOG_BACKUPS, ANNOTATION_BACKUPS], time.now, { recent: 1, days: 0 })
    await backups.snapshot()
    await rm(join(dir, 'annotations', 'd_b.json'))
    await writeFile(join(dir, 'annotations', 'd_a.json'), notes('d_a', 'later'))
    time.advance(10 * MINUTE)
    await backups.snapshot()
    expect(await backups.newestGood('annotations/d_b.json', () => true)).toBeNull()
    expect((await backups.newestGood('catalog.json', () => true))?.takenAt).toEqual(time.now())
  })

  it('clears a snapshot a crash left half made', async () => {
    const dir = await library()
    const backups = new Backups(machineFolder(dir), [CATALOG_BACKUPS, ANNOTATION_BACKUPS], clock('2025-03-01T09:00:00Z').now)
    await mkdir(join(backups.folder, '2025-02-28T09-00-00-000Z.partial'), { recursive: true })
    await backups.snapshot()
    expect((await readdir(backups.folder)).sort()).toEqual(['2025-03-01T09-00-00-000Z', 'last-scan.json'])
  })
})
