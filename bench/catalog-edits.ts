import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { CatalogStore } from '../src/main/store/catalog-store'
import { writeFileAtomically } from '../src/main/store/atomic-write'
import { dataFolder } from '../src/main/store/data-folder'
import { CATALOG_FILE, catalogFormat, type CatalogData } from '../src/main/store/formats/catalog'
import { machineFolder } from '../src/main/store/machine-folder'
import type { DocumentMeta } from '../src/shared/model'
import { median, percentile, printTable, type Figure } from './measure'
import { random } from './random'

const SIZES = [10_000, 50_000]
const TITLE_EDITS = 200
const REMOVALS = 50
const FLOOR_RUNS = 200
const REWRITE_RUNS = 10
const TARGET_P95_MS = 5
/** Issue 18's bound on a call waiting behind background work. */
const STALL_TARGET_MS = 50

function syntheticDocument(index: number, next: () => number): DocumentMeta {
  const id = `d_${index.toString(16).padStart(16, '0')}`
  const hash = Math.floor(next() * 2 ** 52).toString(16).padStart(64, '0')
  return {
    id,
    title: `Synthetic article ${index}: a headline of ordinary length about the news of the day`,
    author: index % 3 === 0 ? 'A. Reporter' : null,
    outlet: `outlet-${index % 200}.example.com`,
    date: `20${10 + (index % 15)}-0${1 + (index % 9)}-1${index % 10}`,
    url: `https://outlet-${index % 200}.example.com/news/${id}`,
    wordCount: 300 + Math.floor(next() * 2000),
    tags: index % 4 === 0 ? ['politics', `tag-${index % 50}`] : [],
    sourceName: `${id}.txt`,
    sourceHash: hash,
    textHash: hash,
    encoding: { name: 'utf-8', method: 'utf-8' },
    addedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z'
  }
}

/** A data folder whose catalog.json holds `count` synthetic documents (no texts: edits never read them). */
async function catalogOf(root: string, count: number): Promise<{ dir: string; data: CatalogData }> {
  const dir = join(root, `catalog-${count}`)
  await mkdir(dir, { recursive: true })
  const next = random(count)
  const data = catalogFormat.empty()
  for (let i = 0; i < count; i++) {
    const doc = syntheticDocument(i, next)
    data.documents[doc.id] = doc
  }
  await writeFile(join(dir, CATALOG_FILE), JSON.stringify(data, null, 2))
  return { dir, data }
}

/** Milliseconds each `step` took, one after another. */
async function timed(runs: number, step: (run: number) => Promise<void>): Promise<number[]> {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    await step(run)
    times.push(performance.now() - started)
  }
  return times
}

/** The longest the event loop went without a turn while `work` ran, read by a chain of immediates. */
async function longestStall(work: () => Promise<void>): Promise<number> {
  let longest = 0
  let last = performance.now()
  let running = true
  const turn = () => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
    if (running) setImmediate(turn)
  }
  setImmediate(turn)
  await work()
  running = false
  return longest
}

function ms(values: number[]): string {
  return `p50 ${median(values).toFixed(2)} / p95 ${percentile(values, 95).toFixed(2)} ms`
}

async function figuresAt(root: string, count: number): Promise<Figure[]> {
  const { dir, data } = await catalogOf(root, count)
  const bytes = Buffer.byteLength(JSON.stringify(data, null, 2))
  const catalog = await CatalogStore.open(dir, dataFolder(dir, () => new Date(), machineFolder(dir, 'bench')), { idleMs: 60_000 })
  const ids = Object.keys(catalog.data.documents)
  const titles = await timed(TITLE_EDITS, async (run) => {
    const id = ids[(run * 7919) % ids.length]!
    await catalog.apply({ documents: { [id]: { ...catalog.data.documents[id]!, title: `Edited title ${run}` } } })
  })
  const removals = await timed(REMOVALS, async (run) => {
    await catalog.apply({ documents: { [ids[ids.length - 1 - run]!]: null } })
  })
  // An edit made just as a fold starts: it waits for the fold, the catalog serialized and on disk.
  const folding = catalog.compact()
  const duringFold = await timed(1, async () => {
    await catalog.apply({ documents: { [ids[0]!]: { ...catalog.data.documents[ids[0]!]!, title: 'Edited as a fold starts' } } })
  })
  await folding
  const stalls: number[] = []
  const foldTimes = await timed(3, async (run) => {
    await catalog.apply({ documents: { [ids[1]!]: { ...catalog.data.documents[ids[1]!]!, title: `Folded ${run}` } } })
    stalls.push(await longestStall(() => catalog.compact()))
  })
  await catalog.close()

  const floorFile = await open(join(dir, 'fsync-floor.jsonl'), 'a')
  const line = `${JSON.stringify({ v: 1, clock: '1765432100000-000000-bench', edit: { seeded: true } })}\n`
  const floor = await timed(FLOOR_RUNS, async () => {
    await floorFile.appendFile(line)
    await floorFile.datasync()
  })
  await floorFile.close()
  const rewrite = await timed(REWRITE_RUNS, async () => {
    await writeFileAtomically(join(dir, 'rewrite.json'), JSON.stringify(catalog.data, null, 2))
  })
  await rm(dir, { recursive: true, force: true })

  const size = `${count.toLocaleString('en')} docs`
  const meets = (values: number[]) => percentile(values, 95) <= TARGET_P95_MS
  return [
    { figure: `title edit on disk, ${size} (${TITLE_EDITS})`, value: ms(titles), target: `p95 <= ${TARGET_P95_MS} ms`, met: meets(titles) },
    { figure: `removal on disk, ${size} (${REMOVALS})`, value: ms(removals), target: `p95 <= ${TARGET_P95_MS} ms`, met: meets(removals) },
    { figure: `peer: append + fdatasync of one line, ${size} folder (${FLOOR_RUNS})`, value: ms(floor), target: 'floor', met: true },
    { figure: `peer: whole catalog.json rewritten (${(bytes / 1e6).toFixed(1)} MB, ${REWRITE_RUNS})`, value: ms(rewrite), target: 'today', met: true },
    { figure: `an edit made as a fold starts, ${size}`, value: `${duringFold[0]!.toFixed(1)} ms`, target: 'reported', met: true },
    { figure: `fold of the journal into catalog.json, ${size} (3)`, value: `median ${median(foldTimes).toFixed(0)} ms`, target: 'when idle', met: true },
    {
      figure: `longest the event loop is held during a fold, ${size} (3)`,
      value: `median ${median(stalls).toFixed(0)} ms (worst ${Math.max(...stalls).toFixed(0)} ms)`,
      target: `<= ${STALL_TARGET_MS} ms`,
      met: median(stalls) <= STALL_TARGET_MS
    }
  ]
}

/** Catalog edits acknowledged on disk through CatalogStore at 10,000 and 50,000 documents, beside the fsync floor and today's whole-file rewrite. */
export async function catalogEditFigures(): Promise<Figure[]> {
  const root = await mkdtemp(join(tmpdir(), 'parallax-catalog-bench-'))
  try {
    const figures: Figure[] = []
    for (const count of SIZES) figures.push(...(await figuresAt(root, count)))
    return figures
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  catalogEditFigures().then(printTable, (error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
