import { openAsBlob } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ApiError, UnreachableError } from '../../../../src/renderer/lib/api-client'
import { BATCH_FILES, FIRST_BATCH, IN_FLIGHT, ImportRun, type FileToImport } from '../../../../src/renderer/lib/import-run'
import { inProcessApi } from '../../../helpers/in-process-api'
import { tempDir } from '../../../helpers/temp-dir'

function article(index: number): FileToImport {
  const text = `Synthetic headline number ${index} for the import test\n\nBody of article ${index}.`
  return { name: `article-${index}.txt`, size: text.length, bytes: new Blob([text]) }
}

/** The batches an import of `total` small files is sent in: 4 files, then each batch twice the one before, up to 100. */
function batchSizes(total: number): number[] {
  const sizes: number[] = []
  for (let left = total, next = FIRST_BATCH; left > 0; next = Math.min(BATCH_FILES, next * 2)) {
    sizes.push(Math.min(next, left))
    left -= next
  }
  return sizes
}

/** How many files the first `count` batches of an import hold. */
const filesIn = (count: number, total = 10_000) => batchSizes(total).slice(0, count).reduce((sum, size) => sum + size, 0)

describe('ImportRun against the real back end', () => {

  it('sends files in batches, reporting progress and new documents as each batch lands', async () => {
    const api = await inProcessApi(await tempDir())
    const progress: number[] = []
    const added: number[] = []
    const run = new ImportRun(api, { progress: (done) => progress.push(done), added: (docs) => added.push(docs.length) })
    const report = await run.files(Array.from({ length: 2.5 * BATCH_FILES }, (_, i) => article(i)), 50 * 1024 * 1024)
    expect(report.added).toHaveLength(2.5 * BATCH_FILES)
    // The count moves after the first four files are stored, not after the first hundred.
    expect(progress).toEqual([0, 4, 12, 28, 60, 124, 224, 250])
    expect(added).toEqual([4, 8, 16, 32, 64, 100, 26])
    expect(await api.listDocuments({})).toHaveLength(5 + 2.5 * BATCH_FILES)
  })

  it('counts a folder the desktop app imports by its files, walked first, and names a path it cannot read', async () => {
    const dir = await tempDir()
    const api = await inProcessApi(join(dir, 'data'), 'electron')
    const folder = join(dir, 'dropped folder')
    await mkdir(join(folder, 'inner'), { recursive: true })
    await Promise.all(
      Array.from({ length: 6 }, (_, i) => writeFile(join(folder, i < 3 ? '' : 'inner', `story ${i}.txt`), `Story number ${i} of the folder\n\nIts text, ${i}.`))
    )
    const seen: [number, number][] = []
    const run = new ImportRun(api, { progress: (done, total) => seen.push([done, total]), added: () => undefined })
    const report = await run.paths([folder, join(dir, 'gone.txt')])
    expect(seen).toEqual([
      [0, 6],
      [4, 6],
      [6, 6]
    ])
    expect(report.added).toHaveLength(6)
    expect(report.rejected).toEqual([{ name: 'gone.txt', reason: 'unreadable', message: 'This file could not be read.' }])
  })

  it('stops at a batch boundary when cancelled, leaving only whole documents', async () => {
    const api = await inProcessApi(await tempDir())
    const run = new ImportRun(api, { progress: (done) => done === FIRST_BATCH && run.cancel(), added: () => undefined })
    const report = await run.files(Array.from({ length: (IN_FLIGHT + 2) * BATCH_FILES }, (_, i) => article(i)), 50 * 1024 * 1024)
    expect(run.cancelled).toBe(true)
    // The batches sent with the first were already on their way when it landed; no batch after them is sent.
    const sent = filesIn(IN_FLIGHT)
    expect(report.added.map((doc) => doc.sourceName)).toEqual(Array.from({ length: sent }, (_, i) => `article-${i}.txt`))
    expect(await api.listDocuments({})).toHaveLength(5 + sent)
  })

  it('does not send the bytes of a file over the limit, and says why it was left out', async () => {
    const api = await inProcessApi(await tempDir())
    // Were its bytes sent, the back end would weigh those 22 bytes, not the 60 MB the browser reported.
    const big: FileToImport = { name: 'big.txt', size: 60 * 1024 * 1024, bytes: new Blob(['A headline\n\nAnd a body']) }
    const report = await new ImportRun(api, { progress: () => undefined, added: () => undefined }).files([big], 50 * 1024 * 1024)
    expect(report.rejected).toEqual([{ name: 'big.txt', reason: 'too-large', message: 'This file is larger than the 50 MB limit (60 MB).' }])
  })

  it('names a file that can no longer be read as unreadable, and imports the others', async () => {
    const dir = await tempDir()
    const api = await inProcessApi(join(dir, 'data'))
    // A Blob backed by a file on disk, as the browser's are: once the file is gone, sending it fails.
    await writeFile(join(dir, 'moved-away.txt'), 'A headline about to move\n\nIts body.')
    const gone: FileToImport = { name: 'moved-away.txt', size: 36, bytes: await openAsBlob(join(dir, 'moved-away.txt')) }
    await rm(join(dir, 'moved-away.txt'))
    const report = await new ImportRun(api, { progress: () => undefined, added: () => undefined }).files([article(1), gone, article(2)], 50 * 1024 * 1024)
    expect(report.added.map((doc) => doc.sourceName)).toEqual(['article-1.txt', 'article-2.txt'])
    expect(report.rejected).toEqual([{ name: 'moved-away.txt', reason: 'unreadable', message: 'This file could not be read.' }])
  })

  it('passes on a failure to reach the back end when every file can still be read, naming none of them', async () => {
    const real = await inProcessApi(await tempDir())
    const api = { ...real, importFiles: () => Promise.reject(new UnreachableError(new TypeError('Failed to fetch'))) }
    const run = new ImportRun(api, { progress: () => undefined, added: () => undefined })
    await expect(run.files([article(1), article(2)], 50 * 1024 * 1024)).rejects.toBeInstanceOf(UnreachableError)
    expect(run.report.rejected).toEqual([])
  })

  it('sends the next batches while the one before them is being stored, up to its limit, and reports them in order', async () => {
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
    const files = Array.from({ length: (IN_FLIGHT + 1) * BATCH_FILES }, (_, i) => article(i))
    const report = await new ImportRun(api, { progress: () => undefined, added: () => undefined }).files(files, 50 * 1024 * 1024)
    const at = (event: string) => events.indexOf(event)
    expect(at(`store article-${filesIn(IN_FLIGHT - 1)}.txt`)).toBeLessThan(at('stored article-0.txt'))
    expect(at(`store article-${filesIn(IN_FLIGHT)}.txt`)).toBeGreaterThan(at('stored article-0.txt'))
    expect(report.added.map((doc) => doc.sourceName)).toEqual(files.map((file) => file.name))
  })

  it('stops at a batch that fails, after reporting the batches sent with it, and passes the failure on', async () => {
    const real = await inProcessApi(await tempDir())
    let calls = 0
    const api = {
      ...real,
      importFiles: (input: Parameters<typeof real.importFiles>[0]) =>
        ++calls === 2
          ? Promise.reject(new ApiError({ code: 'internal', message: 'The disk is full, so the change was not saved.' }))
          : real.importFiles(input)
    }
    const run = new ImportRun(api, { progress: () => undefined, added: () => undefined })
    await expect(run.files(Array.from({ length: (IN_FLIGHT + 3) * BATCH_FILES }, (_, i) => article(i)), 50 * 1024 * 1024)).rejects.toThrow(
      'The disk is full'
    )
    // The first IN_FLIGHT batches went out at once, and one more when the first landed; nothing after the failure was sent.
    expect(calls).toBe(IN_FLIGHT + 1)
    const landed = [0, ...Array.from({ length: IN_FLIGHT - 1 }, (_, i) => i + 2)]
    const sizes = batchSizes(10_000)
    const expected = landed.flatMap((batch) => Array.from({ length: sizes[batch]! }, (_, i) => `article-${filesIn(batch) + i}.txt`))
    expect(run.report.added.map((doc) => doc.sourceName)).toEqual(expected)
    expect(await real.listDocuments({})).toHaveLength(5 + filesIn(IN_FLIGHT + 1) - sizes[1]!)
  })
})
