import { LibraryService } from '../../../../src/main/services/library-service'
import { CatalogStore } from '../../../../src/main/store/catalog-store'
import { ContentStore } from '../../../../src/main/store/content-store'
import { seededRandom } from '../../../helpers/seeded-random'
import { printLine } from './print-line'
import { machineFolder } from '../../../../src/main/store/machine-folder'

/**
 * Imports batches of new texts into a data folder through the real library service, and now and then removes a
 * document it added, printing each step as it starts and once it is on disk. Its stores turn their packs into files
 * a few milliseconds after each batch, so kills land while packs are written, read, turned into files and removed.
 * Usage: import-writer.ts <data folder> <seed> <batches>
 */

/** A step begun, then acknowledged once its promise resolved. */
export type ImportLine =
  | { kind: 'ready' }
  | { kind: 'done' }
  | { kind: 'begin'; step: number; removing?: string }
  | { kind: 'ack'; step: number; added: { id: string; textHash: string }[] }
  | { kind: 'ack'; step: number; removed: { id: string; textHash: string } }

const [dataDir, seedArg, batchesArg] = process.argv.slice(2)
if (!dataDir || !seedArg || !batchesArg) throw new Error('Usage: import-writer.ts <data folder> <seed> <batches>')
const seed = Number(seedArg)
const random = seededRandom(seed)

const SETTLE_AFTER_MS = 3
const catalog = await CatalogStore.open(dataDir)
const texts = new ContentStore(machineFolder(dataDir), 'texts', '.txt', SETTLE_AFTER_MS)
const sources = new ContentStore(machineFolder(dataDir), 'sources', '', SETTLE_AFTER_MS)
await Promise.all([texts.boot(), sources.boot()])
const library = new LibraryService(catalog, texts, sources)
const mine: { id: string; textHash: string }[] = []

printLine({ kind: 'ready' })
for (let step = 0; step < Number(batchesArg); step++) {
  if (mine.length > 0 && random.next() < 0.2) {
    const [victim] = mine.splice(random.int(0, mine.length - 1), 1)
    printLine({ kind: 'begin', step, removing: victim!.id })
    await library.remove(victim!.id)
    printLine({ kind: 'ack', step, removed: victim })
    continue
  }
  printLine({ kind: 'begin', step })
  // A dozen new texts, some with CRLF line endings, whose bytes are then kept apart in sources/.
  const incoming = Array.from({ length: 12 }, (_, i) => {
    const eol = random.next() < 0.3 ? '\r\n' : '\n'
    const text = `Writer ${seed} imports text ${i} of step ${step}${eol}${eol}Its body, ${random.int(0, 1e9)} “quoted”.${eol}`
    return { name: `w${seed}-s${step}-t${i}.txt`, bytes: Buffer.from(text), text }
  })
  const results = await library.addMany(incoming)
  const added = results.flatMap((result) => ('added' in result ? [{ id: result.added.id, textHash: result.added.textHash }] : []))
  mine.push(...added)
  printLine({ kind: 'ack', step, added })
}
printLine({ kind: 'done' })
