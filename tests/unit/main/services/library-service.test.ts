import { readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { openServices } from '../../../helpers/test-services'
import { tempDir, SEEDS_DIR } from '../../../helpers/temp-dir'

function boot(dataDir: string) {
  return openServices({ dataDir, seedsDir: SEEDS_DIR, version: 'test', transport: 'http' })
}

describe('LibraryService on a real data folder', () => {
  it('imports the five seeds on first run, with texts stored by content hash beside the catalog', async () => {
    const dir = await tempDir()
    const { library } = await boot(dir)
    const docs = library.list()
    expect(docs.map((doc) => doc.sourceName).sort()).toEqual((await readdir(SEEDS_DIR)).sort())
    const texts = await readdir(join(dir, 'texts'))
    expect(texts.sort()).toEqual(docs.map((doc) => `${doc.textHash}.txt`).sort())
    const catalog = await readFile(join(dir, 'catalog.json'), 'utf8')
    expect(catalog).not.toContain('In a decisive escalation of rhetoric')
  })

  it('keeps the original bytes hash and stores the canonical text', async () => {
    const dir = await tempDir()
    const { library } = await boot(dir)
    const doc = library.list().find((d) => d.sourceName === '000_12f1ada41714b1ad.txt')!
    const bytes = await readFile(join(SEEDS_DIR, doc.sourceName))
    expect(doc.sourceHash).toBe(createHash('sha256').update(bytes).digest('hex'))
    const { text } = await library.open(doc.id)
    expect(text).toBe(bytes.toString('utf8').normalize('NFC'))
  })

  it('does not bring a deleted seed back on the next start', async () => {
    const dir = await tempDir()
    const first = await boot(dir)
    const victim = first.library.list()[0]!
    await first.library.remove(victim.id)
    const second = await boot(dir)
    expect(second.library.list()).toHaveLength(4)
    expect(second.library.list().map((d) => d.textHash)).not.toContain(victim.textHash)
    expect(await readdir(join(dir, 'texts'))).not.toContain(`${victim.textHash}.txt`)
  })

  it('persists edited metadata across a restart', async () => {
    const dir = await tempDir()
    const first = await boot(dir)
    const doc = first.library.list()[2]!
    await first.library.updateMeta(doc.id, { title: 'A better title', outlet: 'New York Post', date: '2025-03-06', url: 'https://nypost.com/x' })
    const second = await boot(dir)
    expect(second.library.get(doc.id)).toMatchObject({
      title: 'A better title',
      outlet: 'New York Post',
      date: '2025-03-06',
      url: 'https://nypost.com/x'
    })
  })

  it('clears a field set to null or to an empty outlet, and leaves absent fields alone', async () => {
    const dir = await tempDir()
    const { library } = await boot(dir)
    const doc = library.list().find((d) => d.outlet !== null)!
    const updated = await library.updateMeta(doc.id, { outlet: '', title: undefined })
    expect(updated.outlet).toBeNull()
    expect(updated.title).toBe(doc.title)
  })

  it('never adds the same text twice and says which document it duplicates', async () => {
    const dir = await tempDir()
    const { library } = await boot(dir)
    const bytes = await readFile(join(SEEDS_DIR, '001_6a5ddc4e634fb7b6.txt'))
    const withCrlf = bytes.toString('utf8').replace(/\n/g, '\r\n')
    const [result] = await library.addMany([{ name: 'copy.txt', bytes, text: withCrlf }])
    expect(result && 'duplicateOf' in result && result.duplicateOf.sourceName).toBe('001_6a5ddc4e634fb7b6.txt')
    expect(library.list()).toHaveLength(5)
  })

  it('adds a text once when one batch carries it twice', async () => {
    const { library } = await boot(await tempDir())
    const bytes = new TextEncoder().encode('A fresh headline here today\n\nBody text.')
    const text = 'A fresh headline here today\n\nBody text.'
    const [first, second] = await library.addMany([
      { name: 'a.txt', bytes, text },
      { name: 'b.txt', bytes, text }
    ])
    expect(first && 'added' in first && first.added.title).toBe('A fresh headline here today')
    expect(second && 'duplicateOf' in second && second.duplicateOf.sourceName).toBe('a.txt')
    expect(library.list()).toHaveLength(6)
  })

  it('adds a text once when two imports under way at the same time carry it, and gives them distinct titles otherwise', async () => {
    const { library } = await boot(await tempDir())
    const item = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text), text })
    const [one, two] = await Promise.all([
      library.addMany([item('a.txt', 'A fresh headline here today\n\nBody text.'), item('c.txt', 'Ceasefire talks resume in Doha this week\n\nFirst body of the report.')]),
      library.addMany([item('b.txt', 'A fresh headline here today\n\nBody text.'), item('d.txt', 'Ceasefire talks resume in Doha this week\n\nSecond body of the report.')])
    ])
    expect(one.map((result) => ('added' in result ? result.added.title : 'duplicate'))).toEqual(['A fresh headline here today', 'Ceasefire talks resume in Doha this week'])
    expect(two.map((result) => ('added' in result ? result.added.title : result.duplicateOf.sourceName))).toEqual(['a.txt', 'Ceasefire talks resume in Doha this week (2)'])
    expect(library.list()).toHaveLength(8)
  })

  it('keeps the texts opened last decoded, so opening one again reads no file', async () => {
    const dir = await tempDir()
    const { library } = await boot(dir)
    const doc = library.list()[1]!
    const { text } = await library.open(doc.id)
    await rm(join(dir, 'texts', `${doc.textHash}.txt`))
    expect(await library.open(doc.id)).toEqual({ meta: doc, text, length: text.length })
  })

  it('answers a missing document with a not-found error', async () => {
    const { library } = await boot(await tempDir())
    await expect(library.open('d_0000000000000000')).rejects.toMatchObject({ code: 'not-found' })
  })

  it('marks a document whose text file is gone as damaged, and the rest of the library still works', async () => {
    const dir = await tempDir()
    const victim = (await boot(dir)).library.list()[2]!
    await rm(join(dir, 'texts', `${victim.textHash}.txt`))
    const { library } = await boot(dir)
    const summaries = library.summaries()
    expect(summaries).toHaveLength(5)
    expect(summaries.filter((d) => d.damaged)).toEqual([expect.objectContaining({ id: victim.id, damaged: 'text-missing' })])
    await expect(library.open(victim.id)).rejects.toThrow(`The text of "${victim.title}" is missing from the data folder; import its file again to restore it.`)
    for (const doc of library.list().filter((d) => d.id !== victim.id)) await expect(library.open(doc.id)).resolves.toMatchObject({ meta: doc })
  })

  it('marks a document whose text no longer hashes to its name when it is opened', async () => {
    const dir = await tempDir()
    const { library } = await boot(dir)
    const doc = library.list()[1]!
    await writeFile(join(dir, 'texts', `${doc.textHash}.txt`), 'A text some other program put here.')
    await expect(library.open(doc.id)).rejects.toMatchObject({
      code: 'not-found',
      message: `The text of "${doc.title}" was changed or damaged outside Parallax; import its file again to restore it.`
    })
    expect(library.summaries().find((d) => d.id === doc.id)?.damaged).toBe('text-altered')
  })

  it('gives a damaged document its text back when its file is imported again', async () => {
    const dir = await tempDir()
    const doc = (await boot(dir)).library.list()[0]!
    await rm(join(dir, 'texts', `${doc.textHash}.txt`))
    const { library } = await boot(dir)
    const bytes = await readFile(join(SEEDS_DIR, doc.sourceName))
    const [result] = await library.addMany([{ name: doc.sourceName, bytes, text: bytes.toString('utf8') }])
    expect(result).toEqual({ duplicateOf: doc })
    expect(library.summaries().find((d) => d.id === doc.id)).not.toHaveProperty('damaged')
    expect((await library.open(doc.id)).text).toBe(bytes.toString('utf8').normalize('NFC'))
  })
})
