import { createHash } from 'node:crypto'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LibraryService } from '../../../../src/main/services/library-service'
import { CatalogStore } from '../../../../src/main/store/catalog-store'
import { ContentStore } from '../../../../src/main/store/content-store'
import { unknownFiles } from '../../../helpers/data-folder'
import { seededRandom, testSeed } from '../../../helpers/seeded-random'
import { tempDir } from '../../../helpers/temp-dir'
import type { ImportLine } from './import-writer'
import { bundleWriter, runWriter, type Kill } from './writer-process'
import { machineFolder } from '../../../../src/main/store/machine-folder'
import { inMachineFolder } from '../../../helpers/machine-path'

const WRITER_SOURCE = join(import.meta.dirname, 'import-writer.ts')
const RUNS = 24
const STEPS = 24
const CHAINS = 2

interface Figures {
  runs: number
  killedMidStep: number
  acknowledged: number
  problems: string[]
}

describe('import crash safety', () => {
  it(`keeps every acknowledged import and removal through ${RUNS} kills with SIGKILL, packs and all`, { timeout: 120_000 }, async () => {
    const seed = testSeed()
    const random = seededRandom(seed)
    const kills = Array.from({ length: RUNS }, (_, run) => ({ writerSeed: seed + run, killAfter: random.int(0, STEPS - 1), delayMs: random.int(0, 5) }))
    const figures: Figures = { runs: 0, killedMidStep: 0, acknowledged: 0, problems: [] }
    const writer = await bundleWriter(WRITER_SOURCE)
    const started = performance.now()
    await Promise.all(
      Array.from({ length: CHAINS }, async (_, chain) => {
        const dataDir = await tempDir()
        let library = new Map<string, string>()
        for (let run = chain; run < RUNS; run += CHAINS) library = await killAndCheck(writer, dataDir, library, kills[run]!, figures)
      })
    )
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.log(
      `import crash safety (seed ${seed}, ${seconds} s): runs ${figures.runs} (${figures.killedMidStep} killed mid-step), ` +
        `acknowledged steps checked ${figures.acknowledged}, problems ${figures.problems.length}`
    )
    expect(figures.problems).toEqual([])
    expect(figures.runs).toBe(RUNS)
    // The kills must land while batches are being written, or this test proves nothing.
    expect(figures.killedMidStep).toBeGreaterThan(RUNS * 0.8)
  })
})

/**
 * One run: start the writer, kill it, reopen the folder and hold it to what the writer acknowledged. `before` and the
 * result are the library's documents, by id, with the hash of their text.
 */
async function killAndCheck(
  writer: string,
  dataDir: string,
  before: Map<string, string>,
  kill: Kill & { writerSeed: number },
  figures: Figures
): Promise<Map<string, string>> {
  const { lines, killed, stderr } = await runWriter<ImportLine>(writer, [dataDir, String(kill.writerSeed), String(STEPS)], kill)
  if (!killed) expect(lines.at(-1), stderr).toEqual({ kind: 'done' })
  const expected = new Map(before)
  const removed = new Map<string, string>()
  let pending: number | null = null
  let removing: string | undefined
  for (const line of lines) {
    if (line.kind === 'begin') ({ step: pending, removing } = line)
    if (line.kind !== 'ack') continue
    pending = null
    removing = undefined
    figures.acknowledged += 1
    if ('added' in line) for (const { id, textHash } of line.added) expected.set(id, textHash)
    else {
      expected.delete(line.removed.id)
      removed.set(line.removed.id, line.removed.textHash)
    }
  }
  figures.runs += 1
  if (killed && pending !== null) figures.killedMidStep += 1
  const problem = (text: string) => figures.problems.push(`writer ${kill.writerSeed}: ${text}`)

  const library = await reopen(dataDir)
  for (const store of ['texts', 'sources']) {
    const packs = await readdir(inMachineFolder(dataDir, 'packs', store)).catch(() => [])
    if (packs.length > 0) problem(`machines/<id>/packs/${store} still holds ${packs.join(', ')} after a start`)
  }
  for (const name of await unknownFiles(dataDir)) problem(`${name} is in the data folder`)
  for (const [id, textHash] of expected) {
    if (!library.has(id)) {
      // A removal the kill interrupted may have happened or not.
      if (id !== removing) problem(`document ${id} was acknowledged and is gone`)
    } else if (createHash('sha256').update((await library.open(id)).text).digest('hex') !== textHash) problem(`document ${id} opens with another text`)
  }
  const texts = new Set(await readdir(join(dataDir, 'texts')))
  for (const [id, textHash] of removed) {
    if (library.has(id)) problem(`document ${id} was removed and is back`)
    if (texts.has(`${textHash}.txt`)) problem(`the text of removed document ${id} is back`)
  }
  // A document not acknowledged can only come from the step the kill interrupted, and is then whole.
  const after = new Map<string, string>()
  for (const doc of library.list()) {
    after.set(doc.id, doc.textHash)
    if (expected.has(doc.id)) continue
    if (pending === null || !doc.sourceName.startsWith(`w${kill.writerSeed}-s${pending}-`)) problem(`document ${doc.sourceName} was never imported`)
    else if ((await library.open(doc.id)).text.length === 0) problem(`document ${doc.sourceName} opens empty`)
  }
  return after
}

/** The data folder opened as the app opens it: the stores turn any pack left behind into files. */
async function reopen(dataDir: string): Promise<LibraryService> {
  const catalog = await CatalogStore.open(dataDir)
  const texts = new ContentStore(machineFolder(dataDir), 'texts', '.txt')
  const sources = new ContentStore(machineFolder(dataDir), 'sources', '')
  await Promise.all([texts.boot(), sources.boot()])
  return new LibraryService(catalog, texts, sources)
}
