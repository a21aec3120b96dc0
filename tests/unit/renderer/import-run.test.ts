import { describe, expect, it } from 'vitest'
import { ImportRun, type FileToImport } from '../../../src/renderer/lib/import-run'
import { inProcessApi } from '../../helpers/in-process-api'
import { tempDir } from '../../helpers/temp-dir'

function article(index: number): FileToImport {
  const text = `Synthetic headline number ${index} for the import test\n\nBody of article ${index}.`
  return { name: `article-${index}.txt`, size: text.length, base64: async () => Buffer.from(text).toString('base64') }
}

describe('ImportRun against the real back end', () => {
  it('sends files in batches, reporting progress and new documents as each batch lands', async () => {
    const api = await inProcessApi(await tempDir())
    const progress: number[] = []
    const added: number[] = []
    const run = new ImportRun(api, { progress: (done) => progress.push(done), added: (docs) => added.push(docs.length) })
    const report = await run.files(Array.from({ length: 250 }, (_, i) => article(i)), 50 * 1024 * 1024)
    expect(report.added).toHaveLength(250)
    expect(progress).toEqual([0, 100, 200, 250])
    expect(added).toEqual([100, 100, 50])
    expect(await api.listDocuments({})).toHaveLength(255)
  })

  it('stops at a batch boundary when cancelled, leaving only whole documents', async () => {
    const api = await inProcessApi(await tempDir())
    const run = new ImportRun(api, { progress: (done) => done === 100 && run.cancel(), added: () => undefined })
    const report = await run.files(Array.from({ length: 350 }, (_, i) => article(i)), 50 * 1024 * 1024)
    expect(run.cancelled).toBe(true)
    // The second batch was already on its way when the first landed; no batch after it is sent.
    expect(report.added.map((doc) => doc.sourceName)).toEqual(Array.from({ length: 200 }, (_, i) => `article-${i}.txt`))
    expect(await api.listDocuments({})).toHaveLength(205)
  })

  it('does not send the bytes of a file over the limit, and says why it was left out', async () => {
    const api = await inProcessApi(await tempDir())
    let read = false
    const big: FileToImport = { name: 'big.txt', size: 60 * 1024 * 1024, base64: async () => ((read = true), '') }
    const report = await new ImportRun(api, { progress: () => undefined, added: () => undefined }).files([big], 50 * 1024 * 1024)
    expect(read).toBe(false)
    expect(report.rejected).toEqual([{ name: 'big.txt', reason: 'too-large', message: 'This file is larger than the 50 MB limit (60 MB).' }])
  })

  it('names a file the browser can no longer read as unreadable, and imports the others', async () => {
    const api = await inProcessApi(await tempDir())
    const gone: FileToImport = { name: 'moved-away.txt', size: 10, base64: () => Promise.reject(new DOMException('The file was moved.', 'NotFoundError')) }
    const report = await new ImportRun(api, { progress: () => undefined, added: () => undefined }).files([article(1), gone, article(2)], 50 * 1024 * 1024)
    expect(report.added.map((doc) => doc.sourceName)).toEqual(['article-1.txt', 'article-2.txt'])
    expect(report.rejected).toEqual([{ name: 'moved-away.txt', reason: 'unreadable', message: 'This file could not be read.' }])
  })

  it('sends the next batch while the one before it is being stored, two at most, and reports them in order', async () => {
    const real = await inProcessApi(await tempDir())
    const events: string[] = []
    const api = {
      ...real,
      importFiles: async (input: Parameters<typeof real.importFiles>[0]) => {
        events.push(`store ${input.files[0]!.name}`)
        const report = await real.importFiles(input)
        events.push(`stored ${input.files[0]!.name}`)
        return report
      }
    }
    const files = Array.from({ length: 300 }, (_, i) => {
      const file = article(i)
      return { ...file, base64: () => (events.push(`read ${file.name}`), file.base64()) }
    })
    const report = await new ImportRun(api, { progress: () => undefined, added: () => undefined }).files(files, 50 * 1024 * 1024)
    const at = (event: string) => events.indexOf(event)
    expect(at('store article-100.txt')).toBeLessThan(at('stored article-0.txt'))
    expect(at('store article-200.txt')).toBeGreaterThan(at('stored article-0.txt'))
    expect(report.added.map((doc) => doc.sourceName)).toEqual(files.map((file) => file.name))
  })

  it('stops at a batch that fails, after reporting the batches sent with it, and passes the failure on', async () => {
    const real = await inProcessApi(await tempDir())
    let calls = 0
    const api = {
      ...real,
      importFiles: (input: Parameters<typeof real.importFiles>[0]) =>
        ++calls === 2 ? Promise.reject(new Error('The disk is full, so the change was not saved.')) : real.importFiles(input)
    }
    const run = new ImportRun(api, { progress: () => undefined, added: () => undefined })
    await expect(run.files(Array.from({ length: 500 }, (_, i) => article(i)), 50 * 1024 * 1024)).rejects.toThrow('The disk is full')
    // Batches one and three were on their way; nothing after them was sent.
    expect(calls).toBe(3)
    const expected = [...Array.from({ length: 100 }, (_, i) => i), ...Array.from({ length: 100 }, (_, i) => 200 + i)].map((i) => `article-${i}.txt`)
    expect(run.report.added.map((doc) => doc.sourceName)).toEqual(expected)
    expect(await real.listDocuments({})).toHaveLength(205)
  })
})
