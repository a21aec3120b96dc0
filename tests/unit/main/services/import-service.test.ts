import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { openServices } from '../../../helpers/test-services'
import { SEEDS_DIR, tempDir } from '../../../helpers/temp-dir'

function boot(dataDir: string) {
  return openServices({ dataDir, seedsDir: SEEDS_DIR, version: 'test', transport: 'electron' })
}

const bytes = (text: string) => new TextEncoder().encode(text)
const CP1252 = iconv.encode('Ministers said the “final offer” – which expired – was ‘rejected’.\r\nSecond line.\r\n', 'windows-1252')

describe('ImportService', () => {
  it('imports good files and gives every other file a reason, in one summary', async () => {
    const { imports, library } = await boot(await tempDir())
    const seed = await readFile(join(SEEDS_DIR, '001_6a5ddc4e634fb7b6.txt'))
    const report = await imports.importFiles([
      { name: 'good.txt', size: 40, bytes: bytes('Ceasefire talks resume in Doha this week\n\nBody.') },
      { name: 'western.txt', size: CP1252.length, bytes: CP1252 },
      { name: 'copy-of-rt.md', size: seed.length, bytes: seed },
      { name: 'photo.txt', size: 6, bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) },
      { name: 'nothing.txt', size: 0, bytes: new Uint8Array() },
      { name: 'huge.txt', size: 80 * 1024 * 1024, bytes: null },
      { name: 'report.pdf', size: 4, bytes: bytes('%PDF') }
    ])
    expect(report.added.map((d) => d.sourceName)).toEqual(['good.txt', 'western.txt'])
    expect(report.duplicates.map((d) => [d.name, d.of.sourceName])).toEqual([['copy-of-rt.md', '001_6a5ddc4e634fb7b6.txt']])
    expect(report.rejected.map((r) => [r.name, r.reason])).toEqual([
      ['photo.txt', 'binary'],
      ['nothing.txt', 'empty'],
      ['huge.txt', 'too-large'],
      ['report.pdf', 'unreadable']
    ])
    expect(report.rejected[2]!.message).toBe('This file is larger than the 50 MB limit (80 MB).')
    const western = report.added[1]!
    expect((await library.open(western.id)).text).toBe('Ministers said the “final offer” – which expired – was ‘rejected’.\nSecond line.\n')
    expect(library.list()).toHaveLength(7)
  })

  it('imports a different text under the same title as a distinct title', async () => {
    const { imports } = await boot(await tempDir())
    const report = await imports.importFiles([
      { name: 'a.txt', size: 1, bytes: bytes('Hamas rejects Trump threat, demands lasting truce for hostage release\n\nAnother body.') }
    ])
    expect(report.added[0]!.title).toBe('Hamas rejects Trump threat, demands lasting truce for hostage release (2)')
  })

  it('adds calls made at once in the order they were made, so a shared title stays with the file sent first', async () => {
    const { imports } = await boot(await tempDir())
    const title = 'Harbour strike enters its second week'
    const page = bytes(`<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>` + `<p>${'Dock workers walked out again on Monday as talks stalled. '.repeat(8)}</p></article></body></html>`)
    const text = bytes(`${title}\n\nA different account of the same walkout, from another desk.`)
    // The page decodes through the extractor, loaded on first use; the text needs no await, so it is ready first.
    const [first, second] = await Promise.all([
      imports.importFiles([{ name: 'page.html', size: page.length, bytes: page }]),
      imports.importFiles([{ name: 'text.txt', size: text.length, bytes: text }])
    ])
    expect(first.added.map((doc) => doc.title)).toEqual([title])
    expect(second.added.map((doc) => doc.title)).toEqual([`${title} (2)`])
  })

  it('walks folders on disk, skips hidden files, and reports what it cannot read', async () => {
    const dir = await tempDir()
    const { imports } = await boot(join(dir, 'data'))
    await mkdir(join(dir, 'in', 'nested'), { recursive: true })
    await writeFile(join(dir, 'in', 'one.txt'), 'First article headline here\n\nText one.')
    await writeFile(join(dir, 'in', 'nested', 'two.md'), 'Second article headline here\n\nText two.')
    await writeFile(join(dir, 'in', 'nested', 'cover.jpg'), 'not text')
    await writeFile(join(dir, 'in', '.DS_Store'), 'finder')
    const report = await imports.importPaths([join(dir, 'in'), join(dir, 'gone.txt')])
    expect(report.added.map((d) => d.sourceName).sort()).toEqual(['one.txt', 'two.md'])
    expect(report.rejected.map((r) => [r.name, r.reason]).sort()).toEqual([
      ['cover.jpg', 'unsupported-type'],
      ['gone.txt', 'unreadable']
    ])
  })

  it('decodes a document again with another encoding, and its highlights follow; the catalog says which encoding and how', async () => {
    const { imports, annotations, library } = await boot(await tempDir())
    const cyrillic = iconv.encode('Переговоры о прекращении огня возобновятся в Дохе на этой неделе.', 'koi8-r')
    const [doc] = (await imports.importFiles([{ name: 'ru.txt', size: cyrillic.length, bytes: cyrillic }])).added
    expect(doc!.encoding).toEqual({ name: 'koi8-r', method: 'detected' })
    const wrongly = await imports.redecode(doc!.id, 'windows-1252')
    expect(wrongly.encoding).toEqual({ name: 'windows-1252', method: 'chosen' })
    expect(library.get(doc!.id).encoding).toEqual({ name: 'windows-1252', method: 'chosen' })
    expect((await library.open(doc!.id)).text).not.toContain('Переговоры')
    expect(wrongly.textHash).not.toBe(doc!.textHash)
    const { text } = await library.open(doc!.id)
    await annotations.create({ documentId: doc!.id, start: 0, end: 10, categoryId: 'claim' })
    await imports.redecode(doc!.id, 'koi8-r')
    expect((await library.open(doc!.id)).text).toBe('Переговоры о прекращении огня возобновятся в Дохе на этой неделе.')
    const [highlight] = (await annotations.forDocument(doc!.id)).highlights
    expect(highlight!.quote.exact).toBe(text.slice(0, 10))
    expect(highlight!.orphan).not.toBeNull()
    await expect(imports.redecode(doc!.id, 'klingon')).rejects.toThrow(/not supported/)
  })
})

describe('the bytes a document was imported from', () => {
  const stored = async (dataDir: string) => [...(await readdir(join(dataDir, 'texts'))), ...(await readdir(join(dataDir, 'sources')))].sort()

  it('are stored once for a file already in UTF-8 with LF line endings, and still serve a re-decode after the text changed', async () => {
    const dataDir = await tempDir()
    const { imports, library } = await boot(dataDir)
    const before = await stored(dataDir)
    const utf8 = bytes('Café talks resume in Doha this week.\n')
    const [doc] = (await imports.importFiles([{ name: 'cafe.txt', size: utf8.length, bytes: utf8 }])).added
    expect(doc!.sourceHash).toBe(doc!.textHash)
    expect((await stored(dataDir)).filter((name) => !before.includes(name))).toEqual([`${doc!.textHash}.txt`])

    await imports.redecode(doc!.id, 'windows-1252')
    expect((await library.open(doc!.id)).text).toBe('CafÃ© talks resume in Doha this week.\n')
    await imports.redecode(doc!.id, 'utf-8')
    expect((await library.open(doc!.id)).text).toBe('Café talks resume in Doha this week.\n')

    await library.remove(doc!.id)
    expect(await stored(dataDir)).toEqual(before)
  })

  it('are kept apart from the text when decoding changed them, and go when the document goes', async () => {
    const dataDir = await tempDir()
    const { imports, library } = await boot(dataDir)
    const before = await stored(dataDir)
    const [doc] = (await imports.importFiles([{ name: 'western.txt', size: CP1252.length, bytes: CP1252 }])).added
    expect(doc!.sourceHash).not.toBe(doc!.textHash)
    expect((await stored(dataDir)).filter((name) => !before.includes(name)).sort()).toEqual([doc!.sourceHash, `${doc!.textHash}.txt`].sort())
    await library.remove(doc!.id)
    expect(await stored(dataDir)).toEqual(before)
  })
})

describe('importing a W3C Web Annotation export', () => {
  it('gives an empty library of the same documents the same annotations, and skips them the second time', async () => {
    const first = await boot(await tempDir())
    const doc = first.library.list().find((d) => d.sourceName.startsWith('002'))!
    const { text } = await first.library.open(doc.id)
    const passage = 'Witkoff confirmed that there is a deadline for Hamas to release the hostages'
    const start = text.indexOf(passage)
    await first.annotations.create({ documentId: doc.id, start, end: start + passage.length, categoryId: 'claim', tags: ['deadline', 'wire copy'], note: 'Check **RT**.' })
    await first.categories.save({ name: 'Loaded word', color: '#123456' })
    await first.annotations.create({ documentId: doc.id, start: text.indexOf('terrorist'), end: text.indexOf('terrorist') + 9, categoryId: 'loaded-word' })
    const exported = await first.exports.export({ format: 'json' })

    const second = await boot(await tempDir())
    const json = new TextEncoder().encode(exported.content)
    const report = await second.imports.importFiles([{ name: 'notes.jsonld', size: json.length, bytes: json }])
    expect(report.highlights).toEqual({ imported: 2, orphaned: 0 })
    const target = second.library.list().find((d) => d.sourceName.startsWith('002'))!
    const strip = (h: { categoryId: string; tags: string[]; note: string; position: unknown; quote: unknown }) => ({
      category: h.categoryId,
      tags: h.tags,
      note: h.note,
      position: h.position,
      quote: h.quote
    })
    const before = (await first.annotations.list({ documentId: doc.id })).map(strip)
    const after = (await second.annotations.list({ documentId: target.id })).map(strip)
    expect(after).toEqual(before)
    expect(second.categories.list().find((c) => c.id === 'loaded-word')?.name).toBe('Loaded word')

    const again = await second.imports.importFiles([{ name: 'notes.jsonld', size: json.length, bytes: json }])
    expect(again.highlights).toEqual({ imported: 0, orphaned: 0 })
  })

  it('names the file when it is not an annotation export, or when its documents are not in the library', async () => {
    const { imports } = await boot(await tempDir())
    const broken = await imports.importFiles([{ name: 'x.json', size: 3, bytes: bytes('{x') }])
    expect(broken.rejected).toEqual([{ name: 'x.json', reason: 'unreadable', message: 'This annotation file cannot be read. It is not valid JSON.' }])
    const other = await boot(await tempDir())
    await other.imports.importFiles([{ name: 'mine.txt', size: 1, bytes: bytes('A headline of my own here\n\nBody.') }])
    const mine = other.library.list().find((d) => d.sourceName === 'mine.txt')!
    await other.annotations.create({ documentId: mine.id, start: 0, end: 8, categoryId: 'claim' })
    const exported = bytes((await other.exports.export({ format: 'json' })).content)
    const report = await imports.importFiles([{ name: 'theirs.jsonld', size: exported.length, bytes: exported }])
    expect(report.rejected).toEqual([{ name: 'theirs.jsonld', reason: 'no-document', message: 'No document in the library matches “A headline of my own here”.' }])
  })
})
