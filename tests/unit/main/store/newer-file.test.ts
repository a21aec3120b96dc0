import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AnnotationStore } from '../../../../src/main/store/annotation-store'
import { CatalogStore } from '../../../../src/main/store/catalog-store'
import { CATALOG_FILE, CATALOG_VERSION } from '../../../../src/main/store/formats/catalog'
import { dataFolder } from '../../../../src/main/store/data-folder'
import { tempDir } from '../../../helpers/temp-dir'
import { inMachineFolder } from '../../../helpers/machine-path'

const NEWER_CATALOG = JSON.stringify({ schemaVersion: 999, seeded: true, documents: {}, shelves: ['from the future'] })
const REFUSED_CATALOG_EDIT =
  'The library catalog was written by a newer version of Parallax, so this one will not change it. Quit Parallax and open this data folder with the newer version.'

describe('a data file a newer Parallax wrote, put in place while Parallax runs', () => {
  it('is kept: the next edit of the catalog is refused in words and nothing is written over it', async () => {
    const dir = await tempDir()
    const folder = dataFolder(dir)
    const catalog = await CatalogStore.open(dir, folder)
    await writeFile(join(dir, CATALOG_FILE), NEWER_CATALOG)
    await expect(catalog.apply({ seeded: true })).rejects.toThrow(REFUSED_CATALOG_EDIT)
    await expect(catalog.apply({ settings: { ...catalog.data.settings, theme: 'dark' } })).rejects.toThrow(REFUSED_CATALOG_EDIT)
    expect(await readFile(join(dir, CATALOG_FILE), 'utf8')).toBe(NEWER_CATALOG)
    expect(catalog.data).toMatchObject({ schemaVersion: CATALOG_VERSION, seeded: false, settings: { theme: 'system' } })
    expect(await readdir(dir)).toEqual([CATALOG_FILE, 'journal'])
    expect(await readFile(join(dir, 'journal', `${folder.machine.id}.jsonl`), 'utf8')).toBe('')
    expect(folder.notices.list()).toEqual([
      {
        kind: 'held',
        file: CATALOG_FILE,
        message:
          `The library catalog was replaced by one written by a newer version of Parallax (format 999; this one reads up to ${CATALOG_VERSION}), so this Parallax will not change it. Keep it, and open this data folder with the newer Parallax; or use this Parallax’s copy, and the newer file is moved to the damaged folder.`
      }
    ])
  })

  it('is kept when the watch finds it first, before any edit', async () => {
    const dir = await tempDir()
    const catalog = await CatalogStore.open(dir)
    await writeFile(join(dir, CATALOG_FILE), NEWER_CATALOG)
    expect(await catalog.refresh()).toBe(true)
    await expect(catalog.apply({ seeded: true })).rejects.toThrow(REFUSED_CATALOG_EDIT)
    expect(await readFile(join(dir, CATALOG_FILE), 'utf8')).toBe(NEWER_CATALOG)
  })

  it('is kept when edits were on their way to disk as it was found, and those edits are taken back', async () => {
    const dir = await tempDir()
    const catalog = await CatalogStore.open(dir)
    await catalog.apply({ settings: { ...catalog.data.settings, theme: 'dark' } })
    await writeFile(join(dir, CATALOG_FILE), NEWER_CATALOG)
    const edits = ['a', 'b', 'c'].map((id) => catalog.apply({ categories: [...catalog.data.categories, { id, name: id, color: '#000000' }] }))
    const settled = await Promise.allSettled(edits)
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected', 'rejected'])
    expect(await readFile(join(dir, CATALOG_FILE), 'utf8')).toBe(NEWER_CATALOG)
    expect(catalog.data.categories.map((c) => c.id)).not.toContain('a')
    expect(catalog.data.settings.theme).toBe('dark')
  })

  it('is kept for a document’s notes: the edit is refused and the file left as it is', async () => {
    const dir = await tempDir()
    const folder = dataFolder(dir)
    const store = new AnnotationStore(dir, folder)
    await store.boot()
    await store.update('d_aaaaaaaa', 'h', (file) => void (file.note = 'mine'))
    const path = join(dir, 'annotations', 'd_aaaaaaaa.json')
    const newer = JSON.stringify({ schemaVersion: 2, documentId: 'd_aaaaaaaa', notes: [{ text: 'from the future' }] })
    await writeFile(path, newer)
    await expect(store.update('d_aaaaaaaa', 'h', (file) => void (file.note = 'mine, edited'))).rejects.toThrow(
      'The notes file annotations/d_aaaaaaaa.json was written by a newer version of Parallax, so this one will not change it. Quit Parallax and open this data folder with the newer version.'
    )
    expect(await readFile(path, 'utf8')).toBe(newer)
    expect((await store.read('d_aaaaaaaa', 'h')).note).toBe('mine')
    expect(folder.notices.list()).toMatchObject([{ kind: 'held', file: 'annotations/d_aaaaaaaa.json' }])
  })

  it('is moved to damaged/ when the user chooses this Parallax’s copy, which is written in its place and takes edits again', async () => {
    const dir = await tempDir()
    const folder = dataFolder(dir)
    const catalog = await CatalogStore.open(dir, folder)
    await catalog.apply({ settings: { ...catalog.data.settings, theme: 'dark' } })
    await writeFile(join(dir, CATALOG_FILE), NEWER_CATALOG)
    await catalog.refresh()
    const movedTo = await folder.held.useOwnCopy(CATALOG_FILE)
    expect(movedTo.startsWith(inMachineFolder(dir, 'damaged'))).toBe(true)
    expect(await readFile(movedTo, 'utf8')).toBe(NEWER_CATALOG)
    expect(JSON.parse(await readFile(join(dir, CATALOG_FILE), 'utf8'))).toMatchObject({ schemaVersion: CATALOG_VERSION, settings: { theme: 'dark' } })
    await catalog.apply({ seeded: true })
    await catalog.compact()
    expect(JSON.parse(await readFile(join(dir, CATALOG_FILE), 'utf8'))).toMatchObject({ seeded: true, settings: { theme: 'dark' } })
    await expect(folder.held.useOwnCopy(CATALOG_FILE)).rejects.toThrow('That data file is no longer kept as it was; there is nothing to replace.')
  })

  it('is held from the first read of a document’s notes, shown empty, and replaced by an empty file only when chosen', async () => {
    const dir = await tempDir()
    const folder = dataFolder(dir)
    const store = new AnnotationStore(dir, folder)
    await store.boot()
    const path = join(dir, 'annotations', 'd_aaaaaaaa.json')
    const newer = JSON.stringify({ schemaVersion: 2, documentId: 'd_aaaaaaaa', notes: [{ text: 'from the future' }] })
    await writeFile(path, newer)
    expect(await store.all()).toMatchObject([{ documentId: 'd_aaaaaaaa', note: '', highlights: [] }])
    await expect(store.update('d_aaaaaaaa', 'h', (file) => void (file.note = 'mine'))).rejects.toThrow('so this one will not change it')
    expect(await readFile(path, 'utf8')).toBe(newer)
    expect(folder.notices.list()).toEqual([
      {
        kind: 'held',
        file: 'annotations/d_aaaaaaaa.json',
        message:
          'The notes file annotations/d_aaaaaaaa.json was written by a newer version of Parallax (format 2; this one reads up to 1), so this Parallax will not change it and shows it empty. Keep it, and open this data folder with the newer Parallax; or use this Parallax’s empty copy, and the newer file is moved to the damaged folder.'
      }
    ])
    const movedTo = await folder.held.useOwnCopy('annotations/d_aaaaaaaa.json')
    expect(await readFile(movedTo, 'utf8')).toBe(newer)
    await store.update('d_aaaaaaaa', 'h', (file) => void (file.note = 'mine'))
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ schemaVersion: 1, note: 'mine' })
  })

  it('is let go when the file is put back to one this Parallax reads, whose change is taken in', async () => {
    const dir = await tempDir()
    const folder = dataFolder(dir)
    const catalog = await CatalogStore.open(dir, folder)
    const own = await readFile(join(dir, CATALOG_FILE), 'utf8')
    await writeFile(join(dir, CATALOG_FILE), NEWER_CATALOG)
    await catalog.refresh()
    await writeFile(join(dir, CATALOG_FILE), own.replace('"system"', '"light"'))
    await catalog.apply({ seeded: true })
    await catalog.compact()
    expect(JSON.parse(await readFile(join(dir, CATALOG_FILE), 'utf8'))).toMatchObject({ seeded: true, settings: { theme: 'light' } })
    expect(folder.notices.list().map((notice) => notice.kind)).toEqual(['held', 'reloaded'])
  })

  it('is moved to damaged/, not deleted, when its document is removed', async () => {
    const dir = await tempDir()
    const folder = dataFolder(dir)
    const store = new AnnotationStore(dir, folder)
    await store.boot()
    const newer = JSON.stringify({ schemaVersion: 2, documentId: 'd_aaaaaaaa', notes: [{ text: 'from the future' }] })
    await writeFile(join(dir, 'annotations', 'd_aaaaaaaa.json'), newer)
    await store.remove('d_aaaaaaaa')
    expect(await readdir(join(dir, 'annotations'))).toEqual([])
    const [moved] = await readdir(inMachineFolder(dir, 'damaged'))
    expect(await readFile(inMachineFolder(dir, 'damaged', moved!), 'utf8')).toBe(newer)
    await expect(folder.held.useOwnCopy('annotations/d_aaaaaaaa.json')).rejects.toThrow('there is nothing to replace')
  })
})
