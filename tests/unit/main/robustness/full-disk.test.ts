import { execFileSync } from 'node:child_process'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Services } from '../../../../src/main/container'
import { openServices } from '../../../helpers/test-services'
import { createDispatch } from '../../../../src/main/ipc/dispatch'
import { unwrap } from '../../../../src/renderer/lib/api-client'
import { callNames } from '../../../../src/shared/contract/names'
import type { Api, RawApi } from '../../../../src/shared/contract/calls'
import { SEEDS_DIR, tempDir } from '../../../helpers/temp-dir'

/** A small tmpfs, so the disk can really fill up; mounting one needs root, as CI has. */
function mountSmallDisk(at: string): string | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return 'mounting a tmpfs needs root on Linux'
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', at], { stdio: 'pipe' })
    return null
  } catch (error) {
    return `mount -t tmpfs failed: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`
  }
}

const mounted: string[] = []

/** A mounted small disk for one test, unmounted after it; the test is skipped, with the reason printed, where none can be. */
async function smallDisk(context: { skip: () => void }): Promise<string> {
  const disk = join(await tempDir(), 'disk')
  await mkdir(disk)
  const skip = mountSmallDisk(disk)
  if (skip) {
    console.log(`Skipped: ${skip}.`)
    context.skip()
  }
  mounted.push(disk)
  return disk
}
let services: Services | undefined

afterEach(async () => {
  await services?.shutdown()
  services = undefined
  for (const at of mounted.splice(0)) execFileSync('umount', [at])
})

async function open(dataDir: string): Promise<Api> {
  services = await openServices({ dataDir, seedsDir: SEEDS_DIR, version: 'test', transport: 'http' })
  const dispatch = createDispatch(services.handlers, () => undefined)
  return unwrap(Object.fromEntries(callNames.map((name) => [name, (input: unknown) => dispatch(name, input)])) as RawApi)
}

/** Fills the disk under `dir` to the last byte. */
async function fill(dir: string): Promise<string> {
  const filler = join(dir, 'filler')
  const chunk = Buffer.alloc(64 * 1024, 1)
  const parts: Buffer[] = []
  for (;;) {
    try {
      await writeFile(filler, Buffer.concat([...parts, chunk]))
      parts.push(chunk)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error
      break
    }
  }
  for (const size of [4096, 512, 1]) {
    for (;;) {
      try {
        await writeFile(join(dir, `filler-${size}-${parts.length}`), Buffer.alloc(size, 1))
        parts.push(Buffer.alloc(0))
      } catch {
        break
      }
    }
  }
  return filler
}

async function everyFile(dir: string): Promise<string> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true })
  const texts = await Promise.all(names.filter((entry) => entry.isFile() && !entry.name.startsWith('filler')).map((entry) => readFile(join(entry.parentPath, entry.name), 'utf8')))
  return texts.join('\n')
}

describe('a disk that fills up, or is remounted read-only', () => {
  it('refuses each edit it cannot save, keeps none of them in memory, and the next write carries none of them', async (context) => {
    const disk = await smallDisk(context)
    const dataDir = join(disk, 'data')
    const api = await open(dataDir)
    const [first, second] = await api.listDocuments({})
    const before = await api.listDocuments({})

    const filler = await fill(disk)
    await expect(api.createHighlight({ documentId: first!.id, start: 0, end: 20, categoryId: 'claim', note: 'REFUSED-NOTE' })).rejects.toThrow(
      'The disk is full, so the change was not saved.'
    )
    await expect(api.updateDocumentMeta({ id: first!.id, patch: { title: 'REFUSED-TITLE' } })).rejects.toThrow('The disk is full')
    await expect(api.setDocumentTags({ documentId: first!.id, tags: ['refused-tag'] })).rejects.toThrow('The disk is full')

    // In memory, the library is as it was.
    expect(await api.listHighlights({ documentId: first!.id })).toEqual([])
    expect(await api.listDocuments({})).toEqual(before)

    await rm(filler)
    await api.updateDocumentMeta({ id: second!.id, patch: { title: 'Saved title' } })
    await api.createHighlight({ documentId: first!.id, start: 0, end: 20, categoryId: 'claim', note: 'saved note' })

    const onDisk = await everyFile(dataDir)
    expect(onDisk).toContain('Saved title')
    expect(onDisk).toContain('saved note')
    expect(onDisk).not.toContain('REFUSED-NOTE')
    expect(onDisk).not.toContain('REFUSED-TITLE')
    expect(onDisk).not.toContain('refused-tag')
  })

  it('answers an edit on a disk remounted read-only with what happened, and keeps nothing of it', async (context) => {
    const disk = await smallDisk(context)
    const api = await open(join(disk, 'data'))
    const [first] = await api.listDocuments({})
    execFileSync('mount', ['-o', 'remount,ro', disk])
    await expect(api.createHighlight({ documentId: first!.id, start: 0, end: 20, categoryId: 'claim' })).rejects.toThrow(
      'The data folder is on a disk that only allows reading now, so the change was not saved.'
    )
    expect(await api.listHighlights({ documentId: first!.id })).toEqual([])
    execFileSync('mount', ['-o', 'remount,rw', disk])
  })
})
