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
    const report = await run.files(Array.from({ length: 120 }, (_, i) => article(i)), 50 * 1024 * 1024)
    expect(report.added).toHaveLength(120)
    expect(progress).toEqual([0, 50, 100, 120])
    expect(added).toEqual([50, 50, 20])
    expect(await api.listDocuments({})).toHaveLength(125)
  })

  it('stops at a batch boundary when cancelled, leaving only whole documents', async () => {
    const api = await inProcessApi(await tempDir())
    const run = new ImportRun(api, { progress: (done) => done === 50 && run.cancel(), added: () => undefined })
    const report = await run.files(Array.from({ length: 120 }, (_, i) => article(i)), 50 * 1024 * 1024)
    expect(run.cancelled).toBe(true)
    expect(report.added).toHaveLength(50)
    expect(await api.listDocuments({})).toHaveLength(55)
  })

  it('does not send the bytes of a file over the limit, and says why it was left out', async () => {
    const api = await inProcessApi(await tempDir())
    let read = false
    const big: FileToImport = { name: 'big.txt', size: 60 * 1024 * 1024, base64: async () => ((read = true), '') }
    const report = await new ImportRun(api, { progress: () => undefined, added: () => undefined }).files([big], 50 * 1024 * 1024)
    expect(read).toBe(false)
    expect(report.rejected).toEqual([{ name: 'big.txt', reason: 'too-large', message: 'This file is larger than the 50 MB limit (60 MB).' }])
  })
})
