import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pack, unpack } from '../../../../src/main/store/content-pack'
import { ContentStore, sha256 } from '../../../../src/main/store/content-store'
import { tempDir } from '../../../helpers/temp-dir'
import { machineFolder } from '../../../../src/main/store/machine-folder'
import { inMachineFolder } from '../../../helpers/machine-path'

const texts = (count: number, tag = 'text') => Array.from({ length: count }, (_, i) => `${tag} number ${i}, with “quotes” and ünïcode`)
const fileNames = (contents: string[]) => contents.map((content) => `${sha256(content)}.txt`).sort()

async function bootStore(dataDir: string, settleAfterMs?: number): Promise<ContentStore> {
  const store = new ContentStore(machineFolder(dataDir), 'texts', '.txt', settleAfterMs)
  await store.boot()
  return store
}

/** The text files in the store's folder, and the packs waiting beside them. */
async function onDisk(dataDir: string): Promise<{ files: string[]; packs: string[] }> {
  const names = await readdir(join(dataDir, 'texts'))
  const packs = await readdir(inMachineFolder(dataDir, 'packs', 'texts')).catch(() => [])
  return { files: names.filter((name) => name.endsWith('.txt')).sort(), packs }
}

describe('ContentStore', () => {
  it('writes a few contents straight to their own files', async () => {
    const dir = await tempDir()
    const store = await bootStore(dir)
    const contents = texts(3)
    await store.putMany(contents)
    expect(await onDisk(dir)).toEqual({ files: fileNames(contents), packs: [] })
  })

  it('writes a batch of many as one pack, reads each content from it, and turns it into files when settled', async () => {
    const dir = await tempDir()
    const store = await bootStore(dir)
    const contents = texts(40)
    await store.putMany(contents)
    const waiting = await onDisk(dir)
    expect(waiting.files).toEqual([])
    expect(waiting.packs).toHaveLength(1)
    for (const content of contents) expect((await store.readChecked(sha256(content)))?.toString()).toBe(content)
    expect([...(await store.hashes())].sort()).toEqual(contents.map((content) => sha256(content)).sort())

    await store.settle()
    expect(await onDisk(dir)).toEqual({ files: fileNames(contents), packs: [] })
    for (const content of contents) expect(await readFile(join(dir, 'texts', `${sha256(content)}.txt`), 'utf8')).toBe(content)
    expect((await store.readChecked(sha256(contents[7]!)))?.toString()).toBe(contents[7])
  })

  it('writes a content over 4 MB straight to its own file, and packs at most 32 MB together', async () => {
    const dir = await tempDir()
    const store = await bootStore(dir)
    const big = 'x'.repeat(5 * 1024 * 1024)
    const middling = Array.from({ length: 10 }, (_, i) => `${i}`.repeat(3.5 * 1024 * 1024))
    await store.putMany([big, ...middling])
    const waiting = await onDisk(dir)
    expect(waiting.files).toEqual(fileNames([big]))
    // Ten contents of 3.5 MB: nine fit in 32 MB, the tenth starts a second pack.
    expect(waiting.packs).toHaveLength(2)
    for (const content of middling) expect((await store.readChecked(sha256(content)))?.toString()).toBe(content)
    await store.settle()
    expect(await onDisk(dir)).toEqual({ files: fileNames([big, ...middling]), packs: [] })
  })

  it('turns its packs into files on its own once no batch has come for a while', async () => {
    const dir = await tempDir()
    const store = await bootStore(dir, 50)
    const contents = [...texts(20, 'first'), ...texts(20, 'second')]
    await store.putMany(contents.slice(0, 20))
    await store.putMany(contents.slice(20))
    expect((await onDisk(dir)).packs).toHaveLength(2)
    await expect.poll(() => onDisk(dir), { timeout: 5000 }).toEqual({ files: fileNames(contents), packs: [] })
  })

  it('turns a pack left by a crash into files at the next start', async () => {
    const dir = await tempDir()
    const contents = texts(30)
    await (await bootStore(dir)).putMany(contents)
    // The first store is dropped without settling, as a crash would leave it.
    const reopened = await bootStore(dir)
    expect(await onDisk(dir)).toEqual({ files: fileNames(contents), packs: [] })
    for (const content of contents) expect((await reopened.readChecked(sha256(content)))?.toString()).toBe(content)
  })

  it('keeps the contents a pack cut short holds whole, and nothing of the one it cuts', async () => {
    const dir = await tempDir()
    await bootStore(dir)
    const contents = texts(10).map((text) => Buffer.from(text))
    const { bytes, layout } = pack(contents)
    await mkdir(inMachineFolder(dir, 'packs', 'texts'), { recursive: true })
    // Cut in the middle of the eighth content.
    await writeFile(inMachineFolder(dir, 'packs', 'texts', '0123456789ab.pack'), bytes.subarray(0, layout[7]!.offset + 5))
    await bootStore(dir)
    expect(await onDisk(dir)).toEqual({ files: fileNames(contents.slice(0, 7).map(String)), packs: [] })
  })

  it('removes a content waiting in a pack so that no restart brings it back', async () => {
    const dir = await tempDir()
    const store = await bootStore(dir)
    const contents = texts(20)
    await store.putMany(contents)
    await store.remove(sha256(contents[3]!))
    expect(await store.readChecked(sha256(contents[3]!))).toBe('missing')
    await bootStore(dir)
    expect(await onDisk(dir)).toEqual({ files: fileNames(contents.filter((_, i) => i !== 3)), packs: [] })
  })
})

describe('packs', () => {
  it('give back what was packed, empty contents included', () => {
    const contents = [Buffer.from('one'), Buffer.alloc(0), Buffer.from('three\n{"not": "a header"}\n')]
    const { bytes, layout } = pack(contents)
    expect(unpack(bytes).map((content) => Buffer.from(content).toString())).toEqual(['one', '', 'three\n{"not": "a header"}\n'])
    expect(layout.map(({ offset, length }) => bytes.subarray(offset, offset + length).toString())).toEqual(['one', '', 'three\n{"not": "a header"}\n'])
  })

  it('give nothing when the first line is not a pack header', () => {
    expect(unpack(Buffer.from('{"format":"something-else","lengths":[3]}\nabc'))).toEqual([])
    expect(unpack(Buffer.from('{"format":"parallax-pack-1","lengths":[3]'))).toEqual([])
    expect(unpack(Buffer.from('not json\nabc'))).toEqual([])
  })
})
