import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_CATEGORIES } from '../../../../../src/shared/categories'
import { CatalogStore } from '../../../../../src/main/store/catalog-store'
import { CATALOG_FILE, CATALOG_VERSION, catalogFormat } from '../../../../../src/main/store/formats/catalog'
import { DEFAULT_EXPORT_CHOICES } from '../../../../../src/shared/export/types'
import { openDataFile } from '../../../../helpers/data-file'
import { tempDir } from '../../../../helpers/temp-dir'

/** The settings format 6 adds: the Quotes view's filter and the export dialog's choices, as they start. */
const REMEMBERED = { quotesSharedOnly: true, export: DEFAULT_EXPORT_CHOICES }

/** A catalog entry as formats 2 to 4 hold it. */
const DOC = {
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

describe('catalog migration 1', () => {
  it('gives an unversioned catalog its first shape without overriding what it holds, and the file is written in the newest format', async () => {
    const { data, onDisk } = await openDataFile(CATALOG_FILE, catalogFormat, { seeded: true, settings: { theme: 'dark' } })
    const expected = {
      schemaVersion: CATALOG_VERSION,
      seeded: true,
      documents: {},
      categories: DEFAULT_CATEGORIES,
      outlets: [],
      settings: { theme: 'dark', importLimitMb: 50, ...REMEMBERED },
      journal: {}
    }
    expect(data).toEqual(expected)
    expect(onDisk).toEqual(expected)
  })
})

describe('catalog migration 2', () => {
  it('adds the default palette and gives every document an empty tag list', async () => {
    const untagged: Partial<typeof DOC> = { ...DOC }
    delete untagged.tags
    const v1 = { schemaVersion: 1, seeded: true, documents: { [DOC.id]: untagged }, settings: { theme: 'dark' } }
    const { data, onDisk } = await openDataFile(CATALOG_FILE, catalogFormat, v1)
    const expected = {
      schemaVersion: CATALOG_VERSION,
      seeded: true,
      documents: { [DOC.id]: { ...DOC, tags: [], encoding: null, author: null } },
      categories: DEFAULT_CATEGORIES,
      outlets: [],
      settings: { theme: 'dark', importLimitMb: 50, ...REMEMBERED },
      journal: {}
    }
    expect(data).toEqual(expected)
    expect(onDisk).toEqual(expected)
  })
})

describe('catalog migration 3', () => {
  it('adds the import size limit to the settings, keeping the theme, and leaves the categories of format 2 as they were', async () => {
    const categories = [{ id: 'claim', name: 'Claim', color: '#123456' }]
    const v2 = { schemaVersion: 2, seeded: false, documents: { [DOC.id]: DOC }, categories, settings: { theme: 'light' } }
    const { data, onDisk } = await openDataFile(CATALOG_FILE, catalogFormat, v2)
    const expected = { ...v2, schemaVersion: CATALOG_VERSION, documents: { [DOC.id]: { ...DOC, encoding: null, author: null } }, outlets: [], settings: { theme: 'light', importLimitMb: 50, ...REMEMBERED }, journal: {} }
    expect(data).toEqual(expected)
    expect(onDisk).toEqual(expected)
  })
})

describe('catalog migration 4', () => {
  it('opens a catalog of format 3 with its documents as they were (their encoding unknown) and an empty outlet list, and writes it back', async () => {
    const dir = await tempDir()
    const v3 = { schemaVersion: 3, seeded: true, documents: { [DOC.id]: DOC }, categories: DEFAULT_CATEGORIES, settings: { theme: 'dark', importLimitMb: 20 } }
    await writeFile(join(dir, CATALOG_FILE), JSON.stringify(v3))
    const catalog = await CatalogStore.open(dir)
    const expected = { ...v3, schemaVersion: CATALOG_VERSION, documents: { [DOC.id]: { ...DOC, encoding: null, author: null } }, outlets: [], settings: { ...v3.settings, ...REMEMBERED }, journal: {} }
    expect(catalog.data).toEqual(expected)
    expect(JSON.parse(await readFile(join(dir, CATALOG_FILE), 'utf8'))).toEqual(expected)
  })
})

describe('catalog migration 5', () => {
  it('opens a catalog of format 4 with every document as it was and its encoding unknown, and writes it back', async () => {
    const outlets = [{ key: 'nytimes.com', name: 'The New York Times', aliases: ['nytimes.com'] }]
    const v4 = { schemaVersion: 4, seeded: true, documents: { [DOC.id]: DOC }, categories: DEFAULT_CATEGORIES, outlets, settings: { theme: 'dark', importLimitMb: 20 } }
    const { data, onDisk } = await openDataFile(CATALOG_FILE, catalogFormat, v4)
    const expected = { ...v4, schemaVersion: CATALOG_VERSION, documents: { [DOC.id]: { ...DOC, encoding: null, author: null } }, settings: { ...v4.settings, ...REMEMBERED }, journal: {} }
    expect(data).toEqual(expected)
    expect(onDisk).toEqual(expected)
  })
})

describe('catalog migration 6', () => {
  it('opens a catalog of format 5 with the Quotes filter and the export choices at their defaults, the rest as it was', async () => {
    const v5 = {
      schemaVersion: 5,
      seeded: true,
      documents: { [DOC.id]: { ...DOC, encoding: { name: 'UTF-8', method: 'utf-8' } } },
      categories: DEFAULT_CATEGORIES,
      outlets: [],
      settings: { theme: 'dark', importLimitMb: 20 }
    }
    const { data, onDisk } = await openDataFile(CATALOG_FILE, catalogFormat, v5)
    const expected = { ...v5, schemaVersion: CATALOG_VERSION, documents: { [DOC.id]: { ...v5.documents[DOC.id], author: null } }, settings: { theme: 'dark', importLimitMb: 20, quotesSharedOnly: true, export: { format: 'md', scope: 'library', group: 'document', report: { outlets: true, links: true, emptyDocuments: false } } }, journal: {} }
    expect(data).toEqual(expected)
    expect(onDisk).toEqual(expected)
  })
})

describe('catalog migration 7', () => {
  it('opens a catalog of format 6 with every document as it was and no author named', async () => {
    const v6 = {
      schemaVersion: 6,
      seeded: true,
      documents: { [DOC.id]: { ...DOC, encoding: { name: 'utf-8', method: 'utf-8' } } },
      categories: DEFAULT_CATEGORIES,
      outlets: [],
      settings: { theme: 'dark', importLimitMb: 20, ...REMEMBERED }
    }
    const { data, onDisk } = await openDataFile(CATALOG_FILE, catalogFormat, v6)
    const expected = { ...v6, schemaVersion: CATALOG_VERSION, documents: { [DOC.id]: { ...v6.documents[DOC.id], author: null } }, journal: {} }
    expect(data).toEqual(expected)
    expect(onDisk).toEqual(expected)
  })
})

describe('catalog migration 8', () => {
  it('opens a catalog of format 7 with everything as it was and no journal folded in yet', async () => {
    const v7 = {
      schemaVersion: 7,
      seeded: true,
      documents: { [DOC.id]: { ...DOC, author: 'Jonathan Weisman', encoding: { name: 'utf-8', method: 'utf-8' } } },
      categories: DEFAULT_CATEGORIES,
      outlets: [{ key: 'nytimes.com', name: 'The New York Times', aliases: ['nytimes.com'] }],
      settings: { theme: 'dark', importLimitMb: 20, ...REMEMBERED }
    }
    const { data, onDisk } = await openDataFile(CATALOG_FILE, catalogFormat, v7)
    const expected = { ...v7, schemaVersion: 8, journal: {} }
    expect(data).toEqual(expected)
    expect(onDisk).toEqual(expected)
  })
})
