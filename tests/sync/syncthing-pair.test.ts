import { execFileSync, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeSyncIgnore } from '../../src/main/store/sync-ignore'
import { folderTree } from './folder-tree'
import { SyncthingPair, type Peer } from './syncthing-pair'
import type { Options } from './syncthing-rest'

const installed = spawnSync('syncthing', ['--version']).status === 0
if (!installed) console.log('Skipped: syncthing is not installed (apt-get install syncthing).')

/**
 * The name Syncthing 1.19 gives the losing side of a conflict (the older modification): the base name, the local time
 * the copy was made, and the first 7 characters of the ID of the device that made the WINNING version, not the one
 * whose text the copy holds.
 */
const CONFLICT_COPY = /^note\.sync-conflict-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-([A-Z2-7]{7})\.md$/

let pair: SyncthingPair

async function write(peer: Peer, path: string, content: string | Uint8Array): Promise<void> {
  const file = join(pair.folder(peer), path)
  await mkdir(dirname(file), { recursive: true })
  await writeFile(file, content)
}

function read(peer: Peer, path: string): Promise<Buffer> {
  return readFile(join(pair.folder(peer), path))
}

function exists(peer: Peer, path: string): Promise<boolean> {
  return read(peer, path).then(
    () => true,
    () => false
  )
}

/** The folder's files that .stignore (written by an earlier test) lets travel, by path, to their hashes. */
async function synced(peer: Peer): Promise<Record<string, string>> {
  const tree = await folderTree(pair.folder(peer))
  return Object.fromEntries(Object.entries(tree).filter(([path]) => !path.startsWith('machine/') && !path.endsWith('.lock')))
}

/** The 127.0.0.1 addresses, TCP and UDP, on which process `pid` listens, as `ss` lists them. */
function listening(pid: number | undefined): string[] {
  const lines = execFileSync('ss', ['-H', '-l', '-n', '-p', '-t', '-u']).toString().split('\n')
  return lines
    .filter((line) => line.includes(`pid=${pid},`))
    .map((line) => `${line.split(/\s+/)[0]} ${line.split(/\s+/)[4]}`)
    .sort()
}

describe.skipIf(!installed)('two Syncthings on 127.0.0.1 sharing one folder', () => {
  beforeAll(async () => {
    const root = await mkdtemp(join(tmpdir(), 'parallax-sync-'))
    pair = await SyncthingPair.start(root, { a: join(root, 'library-a'), b: join(root, 'library-b') })
  })

  afterAll(async () => {
    await pair?.stop()
  })

  it('listens on 127.0.0.1 only, with discovery, relays, NAT traversal, reports and upgrades off', async () => {
    for (const peer of ['a', 'b'] as const) {
      const { gui, sync } = pair.ports(peer)
      expect(listening(pair.pid(peer))).toEqual([`tcp 127.0.0.1:${gui}`, `tcp 127.0.0.1:${sync}`].sort())
      const options = await pair.rest(peer).get<Options>('/rest/config/options')
      expect(options).toMatchObject({
        listenAddresses: [`tcp://127.0.0.1:${sync}`],
        globalAnnounceEnabled: false,
        localAnnounceEnabled: false,
        relaysEnabled: false,
        natEnabled: false,
        urAccepted: -1,
        autoUpgradeIntervalH: 0,
        crashReportingEnabled: false,
        startBrowser: false
      })
    }
  })

  it('carries a file written on A to B byte for byte, and one written on B to A', async () => {
    const fromA = randomBytes(300_000)
    const fromB = Buffer.from('Notes from B: ‘quoted’, שלום, اردو\n'.repeat(100))
    await write('a', 'carry/from-a.bin', fromA)
    await write('b', 'carry/from-b.md', fromB)
    expect(await exists('b', 'carry/from-a.bin')).toBe(false)
    await pair.waitInSync()
    expect((await read('b', 'carry/from-a.bin')).equals(fromA)).toBe(true)
    expect((await read('a', 'carry/from-b.md')).equals(fromB)).toBe(true)
  })

  it('sends a file written on A as soon as its watcher sees it, long before the 30 s rescan', async () => {
    await write('a', 'watched/note.md', 'seen by the watcher')
    await expect.poll(() => exists('b', 'watched/note.md'), { timeout: 10_000, interval: 100 }).toBe(true)
    expect((await read('b', 'watched/note.md')).toString()).toBe('seen by the watcher')
  })

  it('keeps both sides of an edit made on each machine while they were apart, the older one as a sync-conflict copy', async () => {
    await write('a', 'conflict/note.md', 'base\n')
    await pair.waitInSync()
    await pair.kill('b')
    const now = Date.now() / 1000
    await write('a', 'conflict/note.md', 'from A\n')
    await utimes(join(pair.folder('a'), 'conflict/note.md'), now - 3600, now - 3600)
    await write('b', 'conflict/note.md', 'from B\n')
    await utimes(join(pair.folder('b'), 'conflict/note.md'), now - 60, now - 60)
    const before = Math.floor(Date.now() / 1000) * 1000
    await pair.restart('b')
    await pair.waitInSync()
    const after = Date.now()
    for (const peer of ['a', 'b'] as const) {
      const names = (await readdir(join(pair.folder(peer), 'conflict'))).sort()
      expect(names).toHaveLength(2)
      expect(names[0]).toBe('note.md')
      const [, year, month, day, hour, minute, second, device] = CONFLICT_COPY.exec(names[1] ?? '') ?? []
      expect(device, `${names[1]} is not named as a conflict copy by B's winning edit`).toBe(pair.deviceId('b').slice(0, 7))
      const stamp = new Date(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)).getTime()
      expect(stamp).toBeGreaterThanOrEqual(before)
      expect(stamp).toBeLessThanOrEqual(after)
      expect((await read(peer, 'conflict/note.md')).toString()).toBe('from B\n')
      expect((await read(peer, `conflict/${names[1]}`)).toString()).toBe('from A\n')
    }
  })

  it('keeps what .stignore names on the machine where it was written', async () => {
    for (const peer of ['a', 'b'] as const) await write(peer, '.stignore', '/machine\n*.lock\n')
    await pair.waitInSync()
    await write('a', 'machine/state.json', '{"window":"A"}')
    await write('b', 'machine/state.json', '{"window":"B"}')
    await write('a', 'library.lock', 'held by A')
    await write('a', 'shelf/notes.lock', 'held by A')
    await write('a', 'shelf/notes.md', 'shared')
    await pair.waitInSync()
    expect((await read('b', 'shelf/notes.md')).toString()).toBe('shared')
    expect(await exists('b', 'library.lock')).toBe(false)
    expect(await exists('b', 'shelf/notes.lock')).toBe(false)
    expect((await read('a', 'machine/state.json')).toString()).toBe('{"window":"A"}')
    expect((await read('b', 'machine/state.json')).toString()).toBe('{"window":"B"}')
  })

  it('lets a peer killed half-way through receiving catch up after a restart', async () => {
    const count = 24
    for (let i = 0; i < count; i++) await write('a', `bulk/${i}.bin`, randomBytes(512 * 1024))
    await pair.limitReceiving('b', 2048)
    await pair.scan('a')
    const arrived = () => readdir(join(pair.folder('b'), 'bulk')).then((names) => names.filter((name) => name.endsWith('.bin')), () => [])
    await expect.poll(async () => (await arrived()).length, { timeout: 30_000, interval: 20 }).toBeGreaterThan(0)
    await pair.kill('b')
    const atKill = (await arrived()).length
    expect(atKill).toBeGreaterThan(0)
    expect(atKill).toBeLessThan(count)
    console.log(`B was killed with ${atKill} of ${count} files received`)
    await pair.restart('b')
    await pair.limitReceiving('b', 0)
    await pair.waitInSync()
    const [treeA, treeB] = await Promise.all([synced('a'), synced('b')])
    expect(Object.keys(treeB).filter((path) => path.startsWith('bulk/'))).toHaveLength(count)
    expect(treeB).toEqual(treeA)
    expect((await readdir(join(pair.folder('b'), 'bulk'))).filter((name) => name.startsWith('.syncthing.'))).toEqual([])
  })

  it('keeps each computer’s machines/<id>/ at home under the .stignore Parallax writes, and carries the library', async () => {
    for (const peer of ['a', 'b'] as const) {
      await rm(join(pair.folder(peer), '.stignore'))
      await writeSyncIgnore(pair.folder(peer))
    }
    await pair.waitInSync()
    await write('a', 'catalog.json', '{"from":"A"}')
    await write('a', 'machines/computer-a/workspace.json', '{"panes":"A"}')
    await write('b', 'machines/computer-b/workspace.json', '{"panes":"B"}')
    await pair.waitInSync()
    expect((await read('b', 'catalog.json')).toString()).toBe('{"from":"A"}')
    expect(await readdir(join(pair.folder('a'), 'machines'))).toEqual(['computer-a'])
    expect(await readdir(join(pair.folder('b'), 'machines'))).toEqual(['computer-b'])
  })
})
