import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CatalogStore } from '../../../../src/main/store/catalog-store'
import { CATALOG_FILE, CATALOG_VERSION } from '../../../../src/main/store/formats/catalog'
import { DEFAULT_CATEGORIES } from '../../../../src/shared/categories'
import { DEFAULT_EXPORT_CHOICES } from '../../../../src/shared/export/types'
import { tempDir } from '../../../helpers/temp-dir'
import { machineId } from '../../../../src/main/machine-id'

describe('CatalogStore', () => {
  it('creates a versioned catalog file in an empty folder', async () => {
    const dir = await tempDir()
    const catalog = await CatalogStore.open(dir)
    expect(catalog.created).toBe(true)
    const onDisk = JSON.parse(await readFile(join(dir, CATALOG_FILE), 'utf8'))
    expect(onDisk).toEqual({
      schemaVersion: CATALOG_VERSION,
      seeded: false,
      documents: {},
      categories: DEFAULT_CATEGORIES,
      outlets: [],
      settings: { theme: 'system', importLimitMb: 50, quotesSharedOnly: true, export: DEFAULT_EXPORT_CHOICES },
      journal: {}
    })
  })

  it('keeps an acknowledged change across a restart', async () => {
    const dir = await tempDir()
    const first = await CatalogStore.open(dir)
    await first.apply({ settings: { ...first.data.settings, theme: 'dark' } })
    const second = await CatalogStore.open(dir)
    expect(second.created).toBe(false)
    expect(second.data.settings.theme).toBe('dark')
  })

  it('opens cleanly over a partial write left behind by a crash', async () => {
    const dir = await tempDir()
    const first = await CatalogStore.open(dir)
    await first.apply({ seeded: true })
    await writeFile(join(dir, `${CATALOG_FILE}.parallax-aaaaaaaaaaaa.tmp`), '{"schemaVersion":1,"see')
    await writeFile(join(dir, 'journal', `${machineId()}.jsonl.parallax-bbbbbbbbbbbb.tmp`), '{"v":1,"clo')
    const second = await CatalogStore.open(dir)
    expect(second.data.seeded).toBe(true)
    expect(await readdir(dir)).toEqual([CATALOG_FILE, 'journal'])
    expect(await readdir(join(dir, 'journal'))).toEqual([`${machineId()}.jsonl`])
  })

  it('migrates an unversioned catalog and writes the new version', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, CATALOG_FILE), JSON.stringify({ seeded: true }))
    const catalog = await CatalogStore.open(dir)
    expect(catalog.data).toMatchObject({ schemaVersion: CATALOG_VERSION, seeded: true, documents: {} })
    expect(JSON.parse(await readFile(join(dir, CATALOG_FILE), 'utf8')).schemaVersion).toBe(CATALOG_VERSION)
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
