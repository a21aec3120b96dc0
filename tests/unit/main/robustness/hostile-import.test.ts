import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Services } from '../../../../src/main/container'
import { openServices } from '../../../helpers/test-services'
import { createDispatch } from '../../../../src/main/ipc/dispatch'
import type { ImportReport, RejectionReason } from '../../../../src/shared/model'
import { folderDigest, unknownFiles } from '../../../helpers/data-folder'
import { asSent } from '../../../helpers/in-process-api'
import { seededRandom, testSeed, type Random } from '../../../helpers/seeded-random'
import { SEEDS_DIR, tempDir } from '../../../helpers/temp-dir'
import { heavyFiles, HOSTILE_NAMES, hostileFiles, type HostileFile } from './hostile-files'

const REASONS: RejectionReason[] = ['binary', 'empty', 'too-large', 'unreadable', 'unsupported-type', 'no-document', 'scanned']
const TOKEN = /f\d{4}|heavy\d|n\d{3}|big\d|special-[a-z]+/g
const SUBFOLDERS = ['', 'a', join('a', 'b'), 'c']
/** What the renderer sends per call in browser mode (ImportRun's batches are smaller; the contract allows 500). */
const BATCH = 100

type Outcome = 'added' | 'duplicate' | RejectionReason

describe('hostile files', () => {
  it('imports each file from disk or rejects it with a reason, and the library stays whole', { timeout: 120_000 }, async () => {
    const seed = testSeed()
    const files = [...hostileFiles(seededRandom(seed), 1000), ...heavyFiles()]
    const root = await tempDir()
    const inbox = join(root, 'inbox')
    await writeInbox(inbox, files, seededRandom(seed + 1))
    const specials = await writeSpecialFiles(inbox)
    const inboxBefore = await folderDigest(inbox)
    const dataDir = join(root, 'data')
    const services = await boot(dataDir, 'electron')

    const { report, crashed } = await settle(() => services.imports.importPaths([inbox]))
    const outcomes = accountFor(report, [...files.map((f) => f.token), ...specials])
    const figures = countOutcomes(outcomes)
    console.log(`hostile files from disk (seed ${seed}): ${files.length + specials.length} files, imported ${figures.imported} (+${figures.duplicates} duplicates), rejected ${figures.rejected}, crashed ${crashed}`)
    expect(crashed).toBe(0)
    expectKindsHandled(files, outcomes)
    for (const special of specials) expect(outcomes.get(special), special).toBe('unreadable')

    await expectConsistent(services, dataDir, report)
    expect(await folderDigest(inbox)).toEqual(inboxBefore)
    expect((await readdir(root)).sort()).toEqual(['data', 'inbox'])
  })

  it('imports each file a browser sends, whatever its name, or rejects it with a reason', { timeout: 120_000 }, async () => {
    const seed = testSeed()
    const random = seededRandom(seed)
    const files = [...hostileFiles(random, 1000), ...heavyFiles()]
    const renamed = Array.from({ length: 20 * HOSTILE_NAMES.length }, (_, i): HostileFile => {
      const token = `n${String(i).padStart(3, '0')}`
      const bytes = new TextEncoder().encode(`A file named to escape ${token}\n\nIts text is its own, so it is added.\n`)
      return { kind: 'hostile-name', token, name: HOSTILE_NAMES[i % HOSTILE_NAMES.length]!(token), bytes }
    })
    const tooLarge = Array.from({ length: 5 }, (_, i) => ({ token: `big${i}`, name: `big${i}-huge.txt`, size: 60 * 1024 * 1024 + i, bytes: null }))
    const sent = [
      ...[...files, ...renamed].map((f) => ({ name: f.name, size: f.bytes.length, bytes: f.bytes })),
      ...tooLarge.map(({ name, size, bytes }) => ({ name, size, bytes }))
    ]
    const root = await tempDir()
    const dataDir = join(root, 'data')
    const services = await boot(dataDir, 'http')
    const dispatch = createDispatch(services.handlers)

    const report: ImportReport = { added: [], duplicates: [], rejected: [], highlights: { imported: 0, orphaned: 0 } }
    let crashed = 0
    for (let i = 0; i < sent.length; i += BATCH) {
      const batch = sent.slice(i, i + BATCH)
      const result = await dispatch('importFiles', await asSent({ files: batch }))
      if (!result.ok) {
        crashed += batch.length
        continue
      }
      const part = result.value as ImportReport
      report.added.push(...part.added)
      report.duplicates.push(...part.duplicates)
      report.rejected.push(...part.rejected)
    }
    const outcomes = accountFor(report, [...files, ...renamed, ...tooLarge].map((f) => f.token))
    const figures = countOutcomes(outcomes)
    console.log(`hostile files sent by a browser (seed ${seed}): ${sent.length} files, imported ${figures.imported} (+${figures.duplicates} duplicates), rejected ${figures.rejected}, crashed ${crashed}`)
    expect(crashed).toBe(0)
    expectKindsHandled(files, outcomes)
    for (const f of renamed) expect(outcomes.get(f.token), f.name).toBe('added')
    for (const f of tooLarge) expect(outcomes.get(f.token)).toBe('too-large')
    // A name is kept as a file name, never as a path: nothing of `../` or `/etc/` survives.
    const names = [...report.added.map((d) => d.sourceName), ...report.duplicates.map((d) => d.name), ...report.rejected.map((r) => r.name)]
    expect(names.filter((name) => name.includes('/'))).toEqual([])

    await expectConsistent(services, dataDir, report)
    expect(await readdir(root)).toEqual(['data'])
  })
})

function boot(dataDir: string, transport: 'electron' | 'http'): Promise<Services> {
  return openServices({ dataDir, seedsDir: SEEDS_DIR, version: 'test', transport })
}

/** The report of an import, or an empty one and the number of calls that threw. */
async function settle(run: () => Promise<ImportReport>): Promise<{ report: ImportReport; crashed: number }> {
  try {
    return { report: await run(), crashed: 0 }
  } catch (error) {
    console.error(error)
    return { report: { added: [], duplicates: [], rejected: [], highlights: { imported: 0, orphaned: 0 } }, crashed: 1 }
  }
}

/** Spreads the files over nested folders; a folder names none of them twice. */
async function writeInbox(inbox: string, files: HostileFile[], random: Random): Promise<void> {
  for (const sub of SUBFOLDERS) await mkdir(join(inbox, sub), { recursive: true })
  for (const file of files) await writeFile(join(inbox, random.pick(SUBFOLDERS), file.name), file.bytes)
}

/**
 * Entries that are not plain files, where the system has them: a named pipe (reading it would wait forever), a link to
 * an endless device, a link to nothing, and a link from a folder to its grandparent (walking it would never end).
 * Returns the tokens of those that must be reported; the loop must simply not repeat any file.
 */
async function writeSpecialFiles(inbox: string): Promise<string[]> {
  if (process.platform === 'win32') return []
  const tokens: string[] = []
  if (spawnSync('mkfifo', [join(inbox, 'special-fifo.txt')]).status === 0) tokens.push('special-fifo')
  await symlink('/dev/zero', join(inbox, 'a', 'special-device.txt'))
  await symlink(join(inbox, 'gone.txt'), join(inbox, 'c', 'special-dangling.txt'))
  await symlink(join('..', '..'), join(inbox, 'a', 'b', 'loop'))
  return [...tokens, 'special-device', 'special-dangling']
}

/** Each token must be named by exactly one entry of the report, and each entry must name exactly one token. */
function accountFor(report: ImportReport, tokens: string[]): Map<string, Outcome> {
  const outcomes = new Map<string, Outcome>()
  const entries: [string, Outcome][] = [
    ...report.added.map((d): [string, Outcome] => [d.sourceName, 'added']),
    ...report.duplicates.map((d): [string, Outcome] => [d.name, 'duplicate']),
    ...report.rejected.map((r): [string, Outcome] => {
      expect(REASONS).toContain(r.reason)
      expect(r.message).toMatch(/^[A-Z].*\.$/)
      expect(r.message).not.toMatch(/\n\s+at |\/tmp\/|TypeError|RangeError/)
      return [r.name, r.reason]
    })
  ]
  const twice: string[] = []
  for (const [name, outcome] of entries) {
    const found = name.match(TOKEN) ?? []
    expect(found, `report entry ${JSON.stringify(name)}`).toHaveLength(1)
    if (outcomes.has(found[0]!)) twice.push(name)
    outcomes.set(found[0]!, outcome)
  }
  expect(twice, 'files reported twice').toEqual([])
  expect(tokens.filter((t) => !outcomes.has(t)), 'files missing from the report').toEqual([])
  expect(outcomes.size).toBe(tokens.length)
  return outcomes
}

function countOutcomes(outcomes: Map<string, Outcome>): { imported: number; duplicates: number; rejected: number } {
  const values = [...outcomes.values()]
  const imported = values.filter((o) => o === 'added').length
  const duplicates = values.filter((o) => o === 'duplicate').length
  return { imported, duplicates, rejected: values.length - imported - duplicates }
}

/** What each kind of file must come to, where that is certain whatever the random bytes. */
function expectKindsHandled(files: HostileFile[], outcomes: Map<string, Outcome>): void {
  const of = (kind: string) => files.filter((f) => f.kind === kind).map((f) => outcomes.get(f.token))
  expect(new Set(of('zero-bytes'))).toEqual(new Set(['empty']))
  expect(new Set(of('blank'))).toEqual(new Set(['empty']))
  expect(new Set(of('unsupported'))).toEqual(new Set(['unsupported-type']))
  expect(new Set(of('one-20-mb-line'))).toEqual(new Set(['added']))
  expect(new Set(of('million-lines'))).toEqual(new Set(['added']))
  expect(of('odd-name').filter((o) => o !== 'added' && o !== 'duplicate' && o !== 'unsupported-type')).toEqual([])
  // A text and its copies: one of them is added (whichever was met first), the others are its duplicates.
  for (const text of files.filter((f) => f.kind === 'text')) {
    const same = files.filter((f) => Buffer.compare(f.bytes, text.bytes) === 0).map((f) => outcomes.get(f.token))
    expect(same.filter((o) => o === 'added')).toHaveLength(1)
    expect(same.filter((o) => o !== 'added').every((o) => o === 'duplicate')).toBe(true)
  }
  expect(of('copy').every((o) => o === 'added' || o === 'duplicate')).toBe(true)
  const allNul = files.filter((f) => f.kind === 'nul-bytes' && f.bytes.every((b) => b === 0)).map((f) => outcomes.get(f.token))
  expect(new Set(allNul)).toEqual(new Set(['binary']))
}

/** Every document opens with the text its hash names, nothing stray is in the data folder, and a restart finds the same library. */
async function expectConsistent(services: Services, dataDir: string, report: ImportReport): Promise<void> {
  const listed = services.library.list()
  expect(listed).toHaveLength(5 + report.added.length)
  for (const doc of report.added) expect(services.library.has(doc.id)).toBe(true)
  for (const doc of listed) {
    const { text } = await services.library.open(doc.id)
    expect(text.trim()).not.toBe('')
    expect(createHash('sha256').update(text).digest('hex')).toBe(doc.textHash)
  }
  expect(await unknownFiles(dataDir)).toEqual([])
  // Closed as a quit closes it, so no work of its own (the catalog's fold, the packs split into files) is still
  // writing into the folder when the next one opens it, or when the test's folder is removed.
  await services.shutdown()
  const reopened = await boot(dataDir, 'http')
  try {
    expect(reopened.notices.list()).toEqual([])
    expect(reopened.library.list()).toEqual(listed)
  } finally {
    await reopened.shutdown()
  }
}
