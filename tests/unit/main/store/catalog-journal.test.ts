import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { setTimeout } from 'node:timers/promises'
import { describe, expect, it, vi } from 'vitest'
import { CatalogStore, type CatalogData } from '../../../../src/main/store/catalog-store'
import { openJournalFile, type JournalAppender } from '../../../../src/main/store/catalog-journal'
import { dataFolder } from '../../../../src/main/store/data-folder'
import { CATALOG_FILE } from '../../../../src/main/store/formats/catalog'
import { machineFolder } from '../../../../src/main/store/machine-folder'
import type { DocumentMeta } from '../../../../src/shared/model'
import { tempDir } from '../../../helpers/temp-dir'

const MACHINE = 'this-machine'
const OTHER = 'other-machine'
/** The wall clock of every test: fixed, as the clocks' counters must still order each edit. */
const NOW = new Date('2026-01-01T00:00:00Z')

function folderOf(dir: string) {
  return dataFolder(dir, () => NOW, machineFolder(dir, MACHINE))
}

/** A store that folds its journal only when told to, unless `options` say otherwise. */
function openStore(dir: string, options: Parameters<typeof CatalogStore.open>[2] = {}) {
  return CatalogStore.open(dir, folderOf(dir), { idleMs: 60_000, ...options })
}

function doc(id: string, title: string): DocumentMeta {
  return {
    id,
    title,
    author: null,
    outlet: 'example.com',
    date: '2026-01-01',
    url: null,
    wordCount: 100,
    tags: [],
    sourceName: `${id}.txt`,
    sourceHash: 'a'.repeat(64),
    textHash: 'a'.repeat(64),
    encoding: null,
    addedAt: NOW.toISOString(),
    updatedAt: NOW.toISOString()
  }
}

function journalPath(dir: string, machine = MACHINE): string {
  return join(dir, 'journal', `${machine}.jsonl`)
}

function line(clock: string, edit: object): string {
  return `${JSON.stringify({ v: 1, clock, edit })}\n`
}

async function catalogOnDisk(dir: string): Promise<CatalogData> {
  return JSON.parse(await readFile(join(dir, CATALOG_FILE), 'utf8')) as CatalogData
}

describe('the catalog journal', () => {
  it('has an edit on disk once it is acknowledged, without rewriting catalog.json', async () => {
    const dir = await tempDir()
    const catalog = await openStore(dir)
    await catalog.apply({ documents: { d_a: doc('d_a', 'First title') } })
    const before = { bytes: await readFile(join(dir, CATALOG_FILE)), mtimeMs: (await stat(join(dir, CATALOG_FILE))).mtimeMs }
    await catalog.apply({ documents: { d_a: doc('d_a', 'Second title') } })
    await catalog.apply({ documents: { d_b: doc('d_b', 'Removed at once') } })
    await catalog.apply({ documents: { d_b: null } })
    // As after a kill -9: the first store is never closed.
    const reopened = await openStore(dir)
    expect(Object.values(reopened.data.documents).map((d) => d.title)).toEqual(['Second title'])
    expect(await readFile(join(dir, CATALOG_FILE))).toEqual(before.bytes)
    expect((await stat(join(dir, CATALOG_FILE))).mtimeMs).toBe(before.mtimeMs)
    expect((await readFile(journalPath(dir), 'utf8')).split('\n')).toHaveLength(5)
  })

  it('folds the journal into catalog.json, saying up to which clock, and empties it', async () => {
    const dir = await tempDir()
    const catalog = await openStore(dir)
    await catalog.apply({ documents: { d_a: doc('d_a', 'Kept') } })
    await catalog.apply({ seeded: true })
    const lines = (await readFile(journalPath(dir), 'utf8')).trim().split('\n')
    const last = (JSON.parse(lines.at(-1)!) as { clock: string }).clock
    await catalog.compact()
    const onDisk = await catalogOnDisk(dir)
    expect(onDisk).toMatchObject({ seeded: true, documents: { d_a: { title: 'Kept' } }, journal: { [MACHINE]: last } })
    expect(await readFile(journalPath(dir), 'utf8')).toBe('')
    expect((await openStore(dir)).data).toEqual(catalog.data)
  })

  it('folds on its own once edits pause, and at close', async () => {
    const dir = await tempDir()
    const catalog = await openStore(dir, { idleMs: 50 })
    await catalog.apply({ documents: { d_a: doc('d_a', 'Folded when idle') } })
    await vi.waitFor(async () => expect((await catalogOnDisk(dir)).documents.d_a?.title).toBe('Folded when idle'))
    expect(await readFile(journalPath(dir), 'utf8')).toBe('')
    const closing = await openStore(dir)
    await closing.apply({ documents: { d_a: doc('d_a', 'Folded at close') } })
    await closing.close()
    expect((await catalogOnDisk(dir)).documents.d_a?.title).toBe('Folded at close')
    expect(await readFile(journalPath(dir), 'utf8')).toBe('')
  })

  it('keeps in the journal an edit made while a fold is under way, and only that one', async () => {
    const dir = await tempDir()
    const catalog = await openStore(dir)
    await catalog.apply({ documents: { d_a: doc('d_a', 'Folded') } })
    const folded = (JSON.parse(await readFile(journalPath(dir), 'utf8')) as { clock: string }).clock
    const folding = catalog.compact()
    await catalog.apply({ documents: { d_b: doc('d_b', 'Made during the fold') } })
    await folding
    const left = (await readFile(journalPath(dir), 'utf8')).trim().split('\n')
    expect(left).toHaveLength(1)
    expect(JSON.parse(left[0]!)).toMatchObject({ edit: { documents: { d_b: { title: 'Made during the fold' } } } })
    expect((await catalogOnDisk(dir)).journal).toEqual({ [MACHINE]: folded })
    expect(Object.values((await openStore(dir)).data.documents).map((d) => d.title).sort()).toEqual(['Folded', 'Made during the fold'])
    await catalog.apply({ seeded: true })
    expect((await readFile(journalPath(dir), 'utf8')).trim().split('\n')).toHaveLength(2)
  })

  it('folds once 1,000 edits are in the journal, though edits never pause', async () => {
    const dir = await tempDir()
    const catalog = await openStore(dir)
    for (let n = 0; n < 1000; n++) await catalog.apply({ seeded: n % 2 === 0 })
    await vi.waitFor(async () => expect(Object.keys((await catalogOnDisk(dir)).journal)).toEqual([MACHINE]), { timeout: 5000 })
    expect((await catalogOnDisk(dir)).seeded).toBe(false)
  })

  it('leaves the journal as it is when a fold cannot write catalog.json', async () => {
    const dir = await tempDir()
    const catalog = await openStore(dir)
    await catalog.apply({ documents: { d_a: doc('d_a', 'Only in the journal') } })
    const journal = await readFile(journalPath(dir), 'utf8')
    await rm(join(dir, CATALOG_FILE))
    await mkdir(join(dir, CATALOG_FILE))
    await expect(catalog.compact()).rejects.toThrow('EISDIR')
    expect(await readFile(journalPath(dir), 'utf8')).toBe(journal)
    expect(catalog.data.documents.d_a?.title).toBe('Only in the journal')
    await rm(join(dir, CATALOG_FILE), { recursive: true })
    expect((await openStore(dir)).data.documents.d_a?.title).toBe('Only in the journal')
  })

  it('ignores a last line a crash cut short, and cuts it off before the next append', async () => {
    const dir = await tempDir()
    await (await openStore(dir)).close()
    const good = line('1767225600000-000001-this-machine', { documents: { d_a: doc('d_a', 'Whole line') } })
    await writeFile(journalPath(dir), `${good}{"v":1,"clock":"1767225600000-000002-this-mach`)
    const catalog = await openStore(dir)
    expect(catalog.data.documents.d_a?.title).toBe('Whole line')
    await catalog.apply({ seeded: true })
    const lines = (await readFile(journalPath(dir), 'utf8')).split('\n')
    expect(lines).toHaveLength(3)
    expect(`${lines[0]}\n`).toBe(good)
    expect(JSON.parse(lines[1]!)).toMatchObject({ v: 1, edit: { seeded: true } })
  })

  it('ignores a last line that is not JSON (zeros a power cut left, say)', async () => {
    const dir = await tempDir()
    await (await openStore(dir)).close()
    const good = line('1767225600000-000001-this-machine', { seeded: true })
    await writeFile(journalPath(dir), `${good}\0\0\0\0\n`)
    const catalog = await openStore(dir)
    expect(catalog.data.seeded).toBe(true)
    await catalog.apply({ documents: { d_a: doc('d_a', 'After the zeros') } })
    expect((await openStore(dir)).data.documents.d_a?.title).toBe('After the zeros')
    expect(await readFile(journalPath(dir), 'utf8')).not.toContain('\0')
  })

  it('keeps the good lines of a journal damaged in the middle, moves it to damaged/ and says so', async () => {
    const dir = await tempDir()
    await (await openStore(dir)).close()
    const damaged =
      line('1767225600000-000001-this-machine', { documents: { d_a: doc('d_a', 'Before the damage') } }) +
      'this line is not an edit\n' +
      line('1767225600000-000002-this-machine', { documents: { d_b: doc('d_b', 'After the damage') } })
    await writeFile(journalPath(dir), damaged)
    const folder = folderOf(dir)
    const catalog = await CatalogStore.open(dir, folder, { idleMs: 60_000 })
    expect(Object.values(catalog.data.documents).map((d) => d.title).sort()).toEqual(['After the damage', 'Before the damage'])
    const [moved] = await readdir(join(folder.machine.path, 'damaged'))
    const movedTo = join(folder.machine.path, 'damaged', moved!)
    expect(await readFile(movedTo, 'utf8')).toBe(damaged)
    expect(folder.notices.list()).toEqual([
      {
        kind: 'recovered',
        file: `journal/${MACHINE}.jsonl`,
        problem: 'not-valid',
        movedTo,
        restoredFrom: null,
        message: `This computer’s journal of library catalog edits has a line Parallax cannot read, so Parallax kept every edit it could read in the catalog and moved the journal to ${movedTo}.`
      }
    ])
    expect(Object.keys((await catalogOnDisk(dir)).documents).sort()).toEqual(['d_a', 'd_b'])
    await catalog.apply({ seeded: true })
    expect((await openStore(dir)).data).toEqual(catalog.data)
  })

  it('refuses to open a journal a newer Parallax wrote a line of, and leaves it as it is', async () => {
    const dir = await tempDir()
    await (await openStore(dir)).close()
    const newer = `${line('1767225600000-000001-this-machine', { seeded: true })}${JSON.stringify({ v: 2, clock: '1767225600000-000002-this-machine', change: {} })}\n`
    await writeFile(journalPath(dir), newer)
    await expect(openStore(dir)).rejects.toThrow(
      `The library in ${dir} was written by a newer version of Parallax (journal format 2; this one reads up to 1), so this one will not open it`
    )
    expect(await readFile(journalPath(dir), 'utf8')).toBe(newer)
  })

  it('puts back exactly what an edit replaced when its append fails, and throws the error as it came', async () => {
    const dir = await tempDir()
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
    let failing = false
    const openJournal = async (path: string, goodBytes: number): Promise<JournalAppender> => {
      const real = await openJournalFile(path, goodBytes)
      return { append: (text) => (failing ? Promise.reject(full) : real.append(text)), rewrite: (text) => real.rewrite(text), close: () => real.close() }
    }
    const catalog = await openStore(dir, { openJournal })
    await catalog.apply({ documents: { d_a: doc('d_a', 'Saved'), d_b: doc('d_b', 'Saved too') } })
    const before = structuredClone(catalog.data)
    failing = true
    const refused = [
      catalog.apply({ documents: { d_a: doc('d_a', 'Refused'), d_b: null, d_c: doc('d_c', 'Refused new') }, seeded: true }),
      catalog.apply({ documents: { d_a: doc('d_a', 'Refused again') }, settings: { ...catalog.data.settings, theme: 'dark' } })
    ]
    for (const edit of refused) await expect(edit).rejects.toBe(full)
    expect(catalog.data).toEqual(before)
    failing = false
    await catalog.apply({ categories: [] })
    const reopened = await openStore(dir)
    expect(reopened.data).toEqual({ ...before, categories: [] })
  })

  it('writes into catalog.json no edit whose append is under way when a fold is asked for and then fails', async () => {
    const dir = await tempDir()
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
    let refuse: ((error: Error) => void) | null = null
    let holding = false
    const openJournal = async (path: string, goodBytes: number): Promise<JournalAppender> => {
      const real = await openJournalFile(path, goodBytes)
      const held = () => new Promise<void>((_, reject) => (refuse = reject))
      return { append: (text) => (holding ? held() : real.append(text)), rewrite: (text) => real.rewrite(text), close: () => real.close() }
    }
    const catalog = await openStore(dir, { openJournal })
    await catalog.apply({ documents: { d_a: doc('d_a', 'Saved') } })
    holding = true
    const refused = catalog.apply({ documents: { d_a: doc('d_a', 'Refused') } })
    await vi.waitFor(() => expect(refuse).not.toBeNull())
    holding = false
    const folding = catalog.compact()
    // Long enough for a fold that did not wait to have written what memory held.
    await setTimeout(100)
    refuse!(full)
    await expect(refused).rejects.toBe(full)
    await folding
    expect((await catalogOnDisk(dir)).documents.d_a!.title).toBe('Saved')
    expect(catalog.data.documents.d_a!.title).toBe('Saved')
  })

  it('applies another machine’s journal at open in clock order with this one’s, and never changes its file', async () => {
    const dir = await tempDir()
    await (await openStore(dir)).close()
    await mkdir(join(dir, 'journal'), { recursive: true })
    const theirs =
      line('1767225600000-000001-other-machine', { documents: { d_x: doc('d_x', 'Theirs, earlier'), d_y: doc('d_y', 'Theirs, first') } }) +
      line('1767225600000-000003-other-machine', { documents: { d_y: doc('d_y', 'Theirs, later') } })
    const ours = line('1767225600000-000002-this-machine', { documents: { d_x: doc('d_x', 'Ours, later'), d_y: doc('d_y', 'Ours, earlier') } })
    await writeFile(journalPath(dir, OTHER), theirs)
    await writeFile(journalPath(dir), ours)
    const catalog = await openStore(dir)
    expect(catalog.data.documents.d_x?.title).toBe('Ours, later')
    expect(catalog.data.documents.d_y?.title).toBe('Theirs, later')
    // The clock starts past every clock seen, though the wall clock is behind them.
    await catalog.apply({ seeded: true })
    const mine = (await readFile(journalPath(dir), 'utf8')).trim().split('\n').map((text) => (JSON.parse(text) as { clock: string }).clock)
    expect(mine.at(-1)! > '1767225600000-000003-other-machine').toBe(true)
    await catalog.close()
    expect(await readFile(journalPath(dir, OTHER), 'utf8')).toBe(theirs)
    expect((await catalogOnDisk(dir)).journal).toEqual({ [MACHINE]: mine.at(-1), [OTHER]: '1767225600000-000003-other-machine' })
    expect((await openStore(dir)).data).toEqual(catalog.data)
  })

  it('applies the journal again on top of a catalog.json restored at open because it was damaged', async () => {
    const dir = await tempDir()
    const catalog = await openStore(dir)
    await catalog.apply({ documents: { d_a: doc('d_a', 'Only in the journal') } })
    await writeFile(join(dir, CATALOG_FILE), '{ damaged')
    const folder = folderOf(dir)
    const reopened = await CatalogStore.open(dir, folder, { idleMs: 60_000 })
    expect(folder.notices.list()).toMatchObject([{ kind: 'recovered', file: CATALOG_FILE }])
    expect(reopened.data.documents.d_a?.title).toBe('Only in the journal')
  })

  it('refuses every edit while catalog.json is held, and appends nothing', async () => {
    const dir = await tempDir()
    const catalog = await openStore(dir)
    await writeFile(join(dir, CATALOG_FILE), JSON.stringify({ schemaVersion: 999 }))
    await catalog.refresh()
    await expect(catalog.apply({ seeded: true })).rejects.toThrow('was written by a newer version of Parallax, so this one will not change it')
    expect(await readFile(journalPath(dir), 'utf8')).toBe('')
    expect(catalog.data.seeded).toBe(false)
  })
})
