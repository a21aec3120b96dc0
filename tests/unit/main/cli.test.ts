import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { openServices } from '../../helpers/test-services'
import { SEEDS_DIR, tempDir } from '../../helpers/temp-dir'

const run = promisify(execFile)
const CLI = resolve(import.meta.dirname, '..', '..', '..', 'src', 'main', 'cli.ts')
const TSX = resolve(import.meta.dirname, '..', '..', '..', 'node_modules', '.bin', 'tsx')

async function cli(...args: string[]) {
  return run(TSX, [CLI, ...args]).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr })
  )
}

describe('the command line', () => {
  it('lists the documents of a library', async () => {
    const dir = await tempDir()
    await openServices({ dataDir: dir, seedsDir: SEEDS_DIR, version: 'test', transport: 'http' })
    const { code, stdout } = await cli('list', '--data-dir', dir)
    expect(code).toBe(0)
    expect(stdout.trim().split('\n')).toHaveLength(5)
    expect(stdout).toContain('tjvnews.com\tTrump Declares Final Push Against Hamas')
  })

  it('exports CSV with a header row', async () => {
    const dir = await tempDir()
    await openServices({ dataDir: dir, seedsDir: SEEDS_DIR, version: 'test', transport: 'http' })
    const { code, stdout } = await cli('export', '--data-dir', dir, '--format', 'csv')
    expect(code).toBe(0)
    expect(stdout.split('\r\n')[0]).toBe('document,outlet,category,tags,quote,note,start,end')
  })

  it('exports a Markdown report of highlighted documents only, with outlets and without links when asked', async () => {
    const dir = await tempDir()
    const services = await openServices({ dataDir: dir, seedsDir: SEEDS_DIR, version: 'test', transport: 'http' })
    const rt = services.library.list().find((doc) => doc.outlet === 'RT')!
    const { text } = await services.library.open(rt.id)
    const start = text.indexOf('Ceasefire negotiations')
    await services.handlers.createHighlight({ documentId: rt.id, categoryId: 'claim', start, end: start + 'Ceasefire negotiations'.length })
    await services.shutdown()
    const { code, stdout } = await cli('export', '--data-dir', dir, '--format', 'md', '--no-links')
    expect(code).toBe(0)
    expect(stdout.match(/^## .*/gm)).toEqual([`## ${rt.title}`])
    expect(stdout).toContain('> Ceasefire negotiations\n\n- Outlet: RT\n- Category: Claim\n')
    expect(stdout).not.toMatch(/parallax:|characters \d|null/)
  })

  it.each([
    [['list'], /--data-dir/],
    [['export', '--data-dir', '/nonexistent/parallax'], /There is no Parallax library in \/nonexistent\/parallax/],
    [['frobnicate', '--data-dir', '.'], /There is no command "frobnicate"/],
    [['export', '--data-dir', '.', '--format', 'pdf', '--bogus'], /Unknown option '--bogus'/]
  ])('fails with a clear message and a non-zero exit for %j', async (args, message) => {
    const { code, stderr } = await cli(...args)
    expect(code).not.toBe(0)
    expect(stderr).toMatch(message)
    expect(stderr).not.toMatch(/\n\s+at /)
  })
})
