import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, utimes, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openServices } from '../../../helpers/test-services'
import { WindowState } from '../../../../src/main/electron/window-state'
import { dataFolder } from '../../../../src/main/store/data-folder'
import { folderNameOf } from '../../../../src/main/store/backup-rotation'
import { claimDataFolder } from '../../../../src/main/store/claim-data-folder'
import { CatalogStore } from '../../../../src/main/store/catalog-store'
import { LOCK_FILE } from '../../../../src/main/store/machine-folder'
import { STIGNORE_FILE, STIGNORE_TEXT } from '../../../../src/main/store/sync-ignore'
import { EMPTY_WORKSPACE, type WorkspaceLayout } from '../../../../src/shared/workspace'
import { folderDigest } from '../../../helpers/data-folder'
import { inProcessApi } from '../../../helpers/in-process-api'
import { SEEDS_DIR, tempDir } from '../../../helpers/temp-dir'
import { pack } from '../../../../src/main/store/content-pack'
import { sha256 } from '../../../../src/main/store/content-store'

const MACHINE = 'machines/test-machine'
const SNAPSHOT = folderNameOf(new Date('2025-03-01T10:00:00Z'))
const WINDOW_STATE = { schemaVersion: 1, bounds: { x: 40, y: 30, width: 1100, height: 760 }, maximized: false, theme: 'dark' }
/** A text an import had written as a pack, not yet turned into its own file, when the older Parallax stopped. */
const PACKED_TEXT = 'A text still waiting in its import pack.'
const AN_HOUR_AGO = new Date(Date.now() - 3_600_000)

/**
 * A data folder as a Parallax before machine folders left it: a library with a saved workspace, the window's place, a
 * backup snapshot of the catalog and the workspace, a fingerprint in analysis/, an import's pack in texts/packs/, a
 * file in damaged/ and a lock its
 * crash left behind, all at the top of the folder.
 */
async function oldLayoutFolder(): Promise<{ dir: string; layout: WorkspaceLayout }> {
  const dir = await tempDir()
  const api = await inProcessApi(dir)
  const [a, b] = await api.listDocuments({})
  const layout: WorkspaceLayout = {
    ...EMPTY_WORKSPACE,
    panes: [
      { documentId: a!.id, size: 1, scrollOffset: 120 },
      { documentId: b!.id, size: 1, scrollOffset: 0 }
    ],
    focused: 1
  }
  await api.saveWorkspace({ layout })
  // That Parallax kept no journal: every catalog edit is in catalog.json.
  await (await CatalogStore.open(dir)).close()
  await rm(join(dir, 'journal'), { recursive: true })
  await rename(join(dir, MACHINE, 'workspace.json'), join(dir, 'workspace.json'))
  await rm(join(dir, 'machines'), { recursive: true })
  await writeFile(join(dir, 'window-state.json'), JSON.stringify(WINDOW_STATE))
  await mkdir(join(dir, 'backups', SNAPSHOT), { recursive: true })
  for (const name of ['catalog.json', 'workspace.json']) await writeFile(join(dir, 'backups', SNAPSHOT, name), await readFile(join(dir, name)))
  await mkdir(join(dir, 'analysis'))
  await writeFile(join(dir, 'analysis', `${'a'.repeat(64)}.json`), '{"version":1}')
  await mkdir(join(dir, 'texts', 'packs'))
  await writeFile(join(dir, 'texts', 'packs', '0123456789ab.pack'), pack([Buffer.from(PACKED_TEXT)]).bytes)
  await mkdir(join(dir, 'damaged'))
  await writeFile(join(dir, 'damaged', '2025-02-01T09-00-00-000Z-catalog.json'), '{ broken')
  await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, hostname: hostname(), startedAt: '2000-01-01T00:00:00Z' }))
  await utimes(join(dir, LOCK_FILE), new Date('2000-01-01'), new Date('2000-01-01'))
  return { dir, layout }
}

/** Where each file of the old layout belongs in the new one. */
function newPlaceOf(relative: string): string {
  const [first, snapshot, name] = relative.split('/')
  if (first === 'backups' && (name === 'workspace.json' || name === 'window-state.json')) return `${MACHINE}/backups/${snapshot}/${MACHINE}/${name}`
  if ((first === 'texts' || first === 'sources') && snapshot === 'packs') return `${MACHINE}/packs/${first}/${name}`
  return ['workspace.json', 'window-state.json', 'backups', 'analysis', 'damaged'].includes(first!) ? `${MACHINE}/${relative}` : relative
}

/** The folder's files as the new layout should hold them, byte for byte, from its digest in the old layout. */
async function expectedAfterMove(dir: string): Promise<Record<string, string>> {
  const before = await folderDigest(dir)
  delete before[LOCK_FILE]
  const moved = Object.fromEntries(Object.entries(before).map(([relative, digest]) => [newPlaceOf(relative), digest]))
  return { ...moved, [STIGNORE_FILE]: createHash('sha256').update(STIGNORE_TEXT).digest('hex') }
}

/** What the app and browser mode do at start, then let go of the folder. */
async function start(dir: string): Promise<void> {
  const { lock } = await claimDataFolder(dir)
  await lock.release()
}

describe('the move of an old data folder into machine folders', () => {
  it('moves the machine’s files into machines/<id>/ byte for byte, removes the stale lock, and a second start changes nothing', async () => {
    const { dir, layout } = await oldLayoutFolder()
    const expected = await expectedAfterMove(dir)
    await start(dir)
    expect(await folderDigest(dir)).toEqual(expected)
    expect((await readdir(dir)).sort()).toEqual(['.stignore', 'annotations', 'catalog.json', 'machines', 'sources', 'texts'])
    expect(await readdir(join(dir, MACHINE, 'analysis'))).toEqual([`${'a'.repeat(64)}.json`])
    await start(dir)
    expect(await folderDigest(dir)).toEqual(expected)

    expect(await readdir(join(dir, 'texts'))).not.toContain('packs')
    expect(await (await inProcessApi(dir)).getWorkspace({})).toEqual(layout)
    expect(await readFile(join(dir, 'texts', `${sha256(PACKED_TEXT)}.txt`), 'utf8')).toBe(PACKED_TEXT)
    expect(await readdir(join(dir, MACHINE, 'packs', 'texts'))).toEqual([])
    expect((await WindowState.open(dataFolder(dir))).data).toEqual(WINDOW_STATE)
  })

  it('keeps the old backups restorable: a catalog and a workspace damaged after the move come back from them', async () => {
    const { dir, layout } = await oldLayoutFolder()
    const catalog = await readFile(join(dir, 'catalog.json'), 'utf8')
    await start(dir)
    for (const relative of ['catalog.json', `${MACHINE}/workspace.json`]) {
      await writeFile(join(dir, relative), '{ damaged')
      await utimes(join(dir, relative), AN_HOUR_AGO, AN_HOUR_AGO)
    }
    const services = await openServices({ dataDir: dir, seedsDir: SEEDS_DIR, version: 'test', transport: 'http' })
    expect(await services.workspace.get()).toEqual(layout)
    expect(services.library.list().map((doc) => doc.id).sort()).toEqual(Object.keys((JSON.parse(catalog) as { documents: object }).documents).sort())
    expect(services.notices.list()).toMatchObject([
      { kind: 'recovered', file: 'catalog.json', restoredFrom: '2025-03-01T10:00:00.000Z' },
      { kind: 'recovered', file: `${MACHINE}/workspace.json`, restoredFrom: '2025-03-01T10:00:00.000Z' }
    ])
    expect(await readdir(join(dir, MACHINE, 'damaged'))).toHaveLength(3)
  })

  it('finishes a move a crash cut short half-way', async () => {
    const { dir } = await oldLayoutFolder()
    const expected = await expectedAfterMove(dir)
    // The crash came after the workspace, the backups and half the analysis cache had moved, before the snapshot's files.
    await mkdir(join(dir, MACHINE, 'analysis'), { recursive: true })
    await rename(join(dir, 'workspace.json'), join(dir, MACHINE, 'workspace.json'))
    await rename(join(dir, 'backups'), join(dir, MACHINE, 'backups'))
    await writeFile(join(dir, 'analysis', `${'b'.repeat(64)}.json`), '{"version":1}')
    await rename(join(dir, 'analysis', `${'b'.repeat(64)}.json`), join(dir, MACHINE, 'analysis', `${'b'.repeat(64)}.json`))
    await start(dir)
    expect(await folderDigest(dir)).toEqual(expected)
    expect((await readdir(join(dir, MACHINE, 'analysis'))).sort()).toEqual([`${'a'.repeat(64)}.json`, `${'b'.repeat(64)}.json`])
    expect((await readdir(dir)).sort()).toEqual(['.stignore', 'annotations', 'catalog.json', 'machines', 'sources', 'texts'])
  })

  it('never overwrites a file already in the new place: the old one stays where it was', async () => {
    const { dir } = await oldLayoutFolder()
    const old = await readFile(join(dir, 'workspace.json'), 'utf8')
    const ours = JSON.stringify({ schemaVersion: 1, layout: EMPTY_WORKSPACE })
    await mkdir(dirname(join(dir, MACHINE, 'workspace.json')), { recursive: true })
    await writeFile(join(dir, MACHINE, 'workspace.json'), ours)
    await start(dir)
    expect(await readFile(join(dir, MACHINE, 'workspace.json'), 'utf8')).toBe(ours)
    expect(await readFile(join(dir, 'workspace.json'), 'utf8')).toBe(old)
  })
})
