import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CatalogStore } from '../../../../src/main/store/catalog-store'
import { CATALOG_FILE, catalogMigrations } from '../../../../src/main/store/formats/catalog'
import { migrate, type Migration } from '../../../../src/main/store/migrations'
import { DEFAULT_CATEGORIES } from '../../../../src/shared/categories'
import { tempDir } from '../../../helpers/temp-dir'

describe('CatalogStore', () => {
  it('creates a versioned catalog file in an empty folder', async () => {
    const dir = await tempDir()
    const catalog = await CatalogStore.open(dir)
    expect(catalog.created).toBe(true)
    const onDisk = JSON.parse(await readFile(join(dir, CATALOG_FILE), 'utf8'))
    expect(onDisk).toEqual({
      schemaVersion: 4,
      seeded: false,
      documents: {},
      categories: DEFAULT_CATEGORIES,
      outlets: [],
      settings: { theme: 'system', importLimitMb: 50 }
    })
  })

  it('keeps an acknowledged change across a restart', async () => {
    const dir = await tempDir()
    const first = await CatalogStore.open(dir)
    await first.update((data) => {
      data.settings.theme = 'dark'
    })
    const second = await CatalogStore.open(dir)
    expect(second.created).toBe(false)
    expect(second.data.settings.theme).toBe('dark')
  })

  it('opens cleanly over a partial write left behind by a crash', async () => {
    const dir = await tempDir()
    const first = await CatalogStore.open(dir)
    await first.update((data) => {
      data.seeded = true
    })
    await writeFile(join(dir, `${CATALOG_FILE}.parallax-aaaaaaaaaaaa.tmp`), '{"schemaVersion":1,"see')
    const second = await CatalogStore.open(dir)
    expect(second.data.seeded).toBe(true)
    expect(await readdir(dir)).toEqual([CATALOG_FILE])
  })

  it('migrates an unversioned catalog and writes the new version', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, CATALOG_FILE), JSON.stringify({ seeded: true }))
    const catalog = await CatalogStore.open(dir)
    expect(catalog.data).toMatchObject({ schemaVersion: 4, seeded: true, documents: {} })
    expect(JSON.parse(await readFile(join(dir, CATALOG_FILE), 'utf8')).schemaVersion).toBe(4)
  })

  it('refuses a catalog from a newer Parallax and leaves it untouched', async () => {
    const dir = await tempDir()
    const future = JSON.stringify({ schemaVersion: 99, seeded: true, documents: {}, settings: { theme: 'dark' } })
    await writeFile(join(dir, CATALOG_FILE), future)
    await expect(CatalogStore.open(dir)).rejects.toThrow(`The library in ${dir} was written by a newer version of Parallax (format 99;`)
    expect(await readFile(join(dir, CATALOG_FILE), 'utf8')).toBe(future)
  })

  it('says plainly when the data folder is a file', async () => {
    const file = join(await tempDir(), 'not-a-folder')
    await writeFile(file, 'x')
    await expect(CatalogStore.open(file)).rejects.toThrow(`The data folder ${file} is a file, not a folder.`)
  })

})

describe('migration 3', () => {
  it('adds the import size limit to the settings, keeping the theme', () => {
    const { data } = migrate({ schemaVersion: 2, settings: { theme: 'dark' } }, catalogMigrations.filter((step) => step.version <= 3))
    expect(data).toEqual({ schemaVersion: 3, settings: { theme: 'dark', importLimitMb: 50 } })
  })
})

describe('migration 4', () => {
  it('opens a catalog of format 3 with its documents as they were and an empty outlet list, and writes it back', async () => {
    const dir = await tempDir()
    const doc = {
      id: 'd_0123456789abcdef',
      title: 'Cantor Defeated',
      outlet: 'thecaucus.blogs.nytimes.com',
      date: '2014-06-11',
      url: null,
      wordCount: 900,
      tags: ['primary'],
      sourceName: 'cantor.txt',
      sourceHash: 'a'.repeat(64),
      textHash: 'a'.repeat(64),
      addedAt: '2024-01-01T00:00:00.000Z',
      updatedAt: '2024-01-01T00:00:00.000Z'
    }
    const v3 = { schemaVersion: 3, seeded: true, documents: { [doc.id]: doc }, categories: DEFAULT_CATEGORIES, settings: { theme: 'dark', importLimitMb: 20 } }
    await writeFile(join(dir, CATALOG_FILE), JSON.stringify(v3))
    const catalog = await CatalogStore.open(dir)
    const expected = { ...v3, schemaVersion: 4, outlets: [] }
    expect(catalog.data).toEqual(expected)
    expect(JSON.parse(await readFile(join(dir, CATALOG_FILE), 'utf8'))).toEqual(expected)
  })
})

describe('migrate', () => {
  const steps: Migration[] = [
    { version: 2, up: (data) => ({ ...data, b: 'from 1' }) },
    { version: 1, up: (data) => ({ ...data, a: 'from 0' }) },
    { version: 3, up: (data) => ({ ...data, c: `${String(data.b)} then 2` }) }
  ]

  it('applies the missing steps in order of their numbers', () => {
    expect(migrate({ schemaVersion: 1 }, steps)).toEqual({
      data: { schemaVersion: 3, b: 'from 1', c: 'from 1 then 2' },
      migrated: true
    })
  })

  it('does nothing to a catalog at the newest version', () => {
    const data = { schemaVersion: 3, x: 1 }
    expect(migrate(data, steps)).toEqual({ data, migrated: false })
  })

  it('migration 1 gives defaults without overriding what is there', () => {
    const { data } = migrate({ seeded: true }, catalogMigrations.filter((step) => step.version === 1))
    expect(data).toEqual({ schemaVersion: 1, seeded: true, documents: {}, settings: { theme: 'system' } })
  })

  it('migration 2 adds the default palette and gives every document an empty tag list', () => {
    const v1 = {
      schemaVersion: 1,
      seeded: true,
      documents: { d_0123456789abcdef: { id: 'd_0123456789abcdef', title: 'T' } },
      settings: { theme: 'dark' }
    }
    const { data } = migrate(v1, catalogMigrations.filter((step) => step.version <= 2))
    expect(data).toEqual({
      schemaVersion: 2,
      seeded: true,
      documents: { d_0123456789abcdef: { id: 'd_0123456789abcdef', title: 'T', tags: [] } },
      categories: DEFAULT_CATEGORIES,
      settings: { theme: 'dark' }
    })
  })
})
