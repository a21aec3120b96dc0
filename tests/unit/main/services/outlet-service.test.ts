import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openServices } from '../../../helpers/test-services'
import { createDispatch } from '../../../../src/main/ipc/dispatch'
import type { Outlet } from '../../../../src/shared/model'
import { folderDigest } from '../../../helpers/data-folder'
import { SEEDS_DIR, tempDir } from '../../../helpers/temp-dir'

function boot(dataDir: string) {
  return openServices({ dataDir, seedsDir: SEEDS_DIR, version: 'test', transport: 'http' })
}

/** An article as a scraped page puts it: headline, then the site's host and the date on lines of their own. */
function article(headline: string, host: string): { name: string; size: number; bytes: Uint8Array } {
  const bytes = new TextEncoder().encode(`${headline}\n${host}\n2014-06-11\n\n${headline} was reported at length, with quotes from everyone involved.\n`)
  return { name: `${host}.txt`, size: bytes.length, bytes }
}

const NYT_FILES = [
  article('Cantor Loses Primary to Tea Party Challenger', 'thecaucus.blogs.nytimes.com'),
  article('House Leader Defeated in Stunning Upset Tonight', 'mobile.nytimes.com'),
  article('What the Cantor Defeat Means for Immigration', 'www.nytimes.com')
]

function outletOf(outlets: Outlet[], alias: string): Outlet | undefined {
  return outlets.find((o) => o.aliases.some((a) => a.key === alias))
}

describe('OutletService on a real data folder', () => {
  it('lists three hosts of one site as one outlet, beside the seeds’ outlets', async () => {
    const { imports, outlets } = await boot(await tempDir())
    const report = await imports.importFiles(NYT_FILES)
    const nyt = outletOf(outlets.list(), 'mobile.nytimes.com')!
    expect(nyt).toMatchObject({ key: 'nytimes.com', name: 'nytimes.com', edited: false })
    expect(nyt.aliases.map((a) => [a.key, a.documents])).toEqual([
      ['mobile.nytimes.com', 1],
      ['nytimes.com', 1],
      ['thecaucus.blogs.nytimes.com', 1]
    ])
    expect([...nyt.documentIds].sort()).toEqual(report.added.map((d) => d.id).sort())
    expect(outlets.list().map((o) => o.name)).toContain('tjvnews.com')
  })

  it('keeps a rename on disk once it is answered, across a restart', async () => {
    const dir = await tempDir()
    const first = await boot(dir)
    await first.imports.importFiles(NYT_FILES)
    const renamed = await first.outlets.rename('nytimes.com', 'The New York Times')
    expect(outletOf(renamed, 'nytimes.com')).toMatchObject({ key: 'nytimes.com', name: 'The New York Times', edited: true })
    // A second start beside the first, which is never shut down, as after a crash: the rename is on disk already.
    const second = await boot(dir)
    expect(outletOf(second.outlets.list(), 'nytimes.com')).toMatchObject({ name: 'The New York Times', edited: true })
    expect(second.outlets.list()).toEqual(first.outlets.list())
    await first.shutdown()
    const onDisk = JSON.parse(await readFile(join(dir, 'catalog.json'), 'utf8')) as { outlets: unknown }
    expect(onDisk.outlets).toEqual([
      { key: 'nytimes.com', name: 'The New York Times', aliases: ['nytimes.com', 'mobile.nytimes.com', 'thecaucus.blogs.nytimes.com'] }
    ])
  })

  it('merges, and splits an alias off, through the one door the renderer uses', async () => {
    const services = await boot(await tempDir())
    await services.imports.importFiles([...NYT_FILES, article('Brat Wins Virginia Primary Against Cantor', 'huffpost.com')])
    const dispatch = createDispatch(services.handlers)
    const merged = await dispatch('mergeOutlets', { from: 'huffpost.com', into: 'nytimes.com' })
    expect(merged.ok).toBe(true)
    expect(outletOf(services.outlets.list(), 'huffpost.com')?.key).toBe('nytimes.com')
    const split = await dispatch('splitOutletAlias', { key: 'nytimes.com', alias: 'thecaucus.blogs.nytimes.com' })
    expect(split.ok).toBe(true)
    const list = services.outlets.list()
    expect(outletOf(list, 'thecaucus.blogs.nytimes.com')).toMatchObject({ key: 'thecaucus.blogs.nytimes.com', name: 'thecaucus.blogs.nytimes.com' })
    expect(outletOf(list, 'huffpost.com')?.aliases.map((a) => a.key)).toEqual(['huffpost.com', 'mobile.nytimes.com', 'nytimes.com'])
  })

  it('names an outlet by what a document prints beside its link', async () => {
    const { imports, library, outlets } = await boot(await tempDir())
    const [doc] = (await imports.importFiles(NYT_FILES)).added
    await library.updateMeta(doc!.id, { outlet: 'New York Times', url: 'https://www.nytimes.com/2014/06/11/us/politics/cantor.html' })
    const nyt = outletOf(outlets.list(), 'mobile.nytimes.com')!
    expect(nyt.name).toBe('New York Times')
    expect(nyt.documentIds).toHaveLength(3)
  })

  it('refuses an edit it cannot make with a clean error, and leaves every file as it was', async () => {
    const dir = await tempDir()
    const services = await boot(dir)
    await services.imports.importFiles(NYT_FILES)
    const dispatch = createDispatch(services.handlers)
    const before = await folderDigest(dir)
    const listed = services.outlets.list()
    expect(await dispatch('renameOutlet', { key: 'nytimes.com', name: 'TJVNEWS.com' })).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'There is already an outlet named “tjvnews.com”; merge the two instead.' }
    })
    expect(await dispatch('mergeOutlets', { from: 'nytimes.com', into: 'nytimes.com' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    expect(await dispatch('splitOutletAlias', { key: 'tjvnews.com', alias: 'tjvnews.com' })).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(await dispatch('renameOutlet', { key: 'gone.example.com', name: 'X' })).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await dispatch('renameOutlet', { key: 'nytimes.com', name: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    expect(services.outlets.list()).toEqual(listed)
    expect(await folderDigest(dir)).toEqual(before)
  })
})
