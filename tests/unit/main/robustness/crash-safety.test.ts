import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import { openServices } from '../../../helpers/test-services'
import type { Highlight } from '../../../../src/shared/model'
import { SEEDS_DIR, tempDir } from '../../../helpers/temp-dir'
import { seededRandom, testSeed } from '../../../helpers/seeded-random'
import { unknownFiles } from '../../../helpers/data-folder'
import type { Begun, WriterLine } from './crash-protocol'
import { bundleWriter, runWriter, type Kill } from './writer-process'

const WRITER_SOURCE = join(import.meta.dirname, 'crash-writer.ts')
const RUNS = 100
const EDITS = 1000
/** Folders killed in turn side by side: a writer spends much of its time waiting for fsync, so two share the machine well. */
const CHAINS = 2
/** Edits in flight at once: the writes of one document are coalesced, those of different documents overlap. */
const WIDTH = 32

interface Figures {
  runs: number
  killedMidRun: number
  acknowledged: number
  lost: number
  unexpected: number
  leftBehind: number
  problems: string[]
}

describe('crash safety', () => {
  it(`keeps every acknowledged edit through ${RUNS} kills with SIGKILL`, { timeout: 180_000 }, async () => {
    const seed = testSeed()
    const random = seededRandom(seed)
    const kills: WriterKill[] = Array.from({ length: RUNS }, (_, run) => ({ writerSeed: seed + run, killAfter: random.int(0, EDITS - 1), delayMs: random.int(0, 3) }))
    const figures: Figures = { runs: 0, killedMidRun: 0, acknowledged: 0, lost: 0, unexpected: 0, leftBehind: 0, problems: [] }
    const started = performance.now()
    const writer = await bundleWriter(WRITER_SOURCE)
    await Promise.all(
      Array.from({ length: CHAINS }, async (_, chain) => {
        const dataDir = await tempDir()
        let state = await highlightsIn(dataDir)
        for (let run = chain; run < RUNS; run += CHAINS) state = await killAndCheck(writer, dataDir, state, kills[run]!, figures)
      })
    )
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.log(
      `crash safety (seed ${seed}, ${seconds} s): runs ${figures.runs} (${figures.killedMidRun} killed mid-run), ` +
        `acknowledged edits checked ${figures.acknowledged}, lost edits ${figures.lost}, unexpected highlights ${figures.unexpected}, ` +
        `temporary files left by kills and removed on reopening ${figures.leftBehind}`
    )
    expect(figures.problems).toEqual([])
    expect(figures.lost).toBe(0)
    expect(figures.unexpected).toBe(0)
    expect(figures.runs).toBe(RUNS)
    // The kills must land while edits are being written, or this test proves nothing.
    expect(figures.killedMidRun).toBeGreaterThan(RUNS * 0.9)
    expect(figures.acknowledged).toBeGreaterThan(RUNS * EDITS * 0.2)
  })
})

interface WriterKill extends Kill {
  writerSeed: number
}

/** One run: start a writer, kill it, reopen the folder and hold it to what the writer acknowledged. Returns the new state. */
async function killAndCheck(writer: string, dataDir: string, before: Map<string, Highlight>, kill: WriterKill, figures: Figures): Promise<Map<string, Highlight>> {
  const catalog = await readFile(join(dataDir, 'catalog.json'))
  const args = [dataDir, SEEDS_DIR, String(kill.writerSeed), String(EDITS), String(WIDTH)]
  const { lines, killed, stderr } = await runWriter<WriterLine>(writer, args, kill)
  if (!killed) expect(lines.at(-1), stderr).toEqual({ kind: 'done' })
  const expected = new Map(before)
  const deleted = new Set<string>()
  const pending = new Map<number, Begun>()
  for (const line of lines) {
    if (line.kind === 'begin') pending.set(line.edit, line)
    if (line.kind !== 'ack') continue
    pending.delete(line.edit)
    figures.acknowledged += 1
    if (line.highlight) expected.set(line.id, line.highlight)
    else {
      expected.delete(line.id)
      deleted.add(line.id)
    }
  }
  figures.runs += 1
  if (killed && pending.size > 0) figures.killedMidRun += 1
  figures.leftBehind += (await unknownFiles(dataDir)).length

  const after = await highlightsIn(dataDir)
  expect(await unknownFiles(dataDir)).toEqual([])
  expect(await readFile(join(dataDir, 'catalog.json'))).toEqual(catalog)

  const touching = new Map([...pending.values()].flatMap((p) => (p.op === 'create' ? [] : [[p.id, p] as const])))
  for (const [id, want] of expected) {
    const got = after.get(id)
    if (isDeepStrictEqual(got, want)) continue
    const inFlight = touching.get(id)
    if (inFlight?.op === 'delete' && got === undefined) continue
    if (inFlight?.op === 'update' && got && isDeepStrictEqual({ ...got, updatedAt: want.updatedAt }, { ...want, ...inFlight.patch })) continue
    figures.lost += 1
    figures.problems.push(`writer ${kill.writerSeed}: highlight ${id} should be ${JSON.stringify(want)}, is ${JSON.stringify(got)}`)
  }
  const creating = [...pending.values()].filter((p) => p.op === 'create')
  for (const [id, got] of after) {
    if (expected.has(id)) continue
    if (deleted.has(id)) {
      figures.lost += 1
      figures.problems.push(`writer ${kill.writerSeed}: highlight ${id} was deleted and is back`)
      continue
    }
    const match = creating.findIndex((c) => c.documentId === got.documentId && c.note === got.note)
    if (match >= 0) creating.splice(match, 1)
    else {
      figures.unexpected += 1
      figures.problems.push(`writer ${kill.writerSeed}: highlight ${id} was never made: ${JSON.stringify(got)}`)
    }
  }
  return after
}

/** Opens the folder as the app does (which must not complain) and reads every highlight through the service. */
async function highlightsIn(dataDir: string): Promise<Map<string, Highlight>> {
  const services = await openServices({ dataDir, seedsDir: SEEDS_DIR, version: 'test', transport: 'http' })
  expect(services.notices.list()).toEqual([])
  const documents = services.library.list()
  expect(documents).toHaveLength(5)
  const highlights = new Map<string, Highlight>()
  for (const doc of documents) {
    expect((await services.annotations.forDocument(doc.id)).documentId).toBe(doc.id)
    for (const h of await services.annotations.list({ documentId: doc.id })) highlights.set(h.id, h)
  }
  return highlights
}
