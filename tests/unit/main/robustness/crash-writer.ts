import { createServices } from '../../../../src/main/container'
import { seededRandom, type Random } from '../../../helpers/seeded-random'
import { storedForm, type WriterLine } from './crash-protocol'
import { printLine } from './print-line'

/**
 * Makes annotation edits on a data folder through the real services, several at once as the renderer may send them,
 * and prints each edit as it starts and once its promise has resolved. The crash test kills this process at a random
 * moment. Usage: crash-writer.ts <data folder> <seeds folder> <seed> <edits> <edits at once>
 */

interface Doc {
  id: string
  text: string
  /** Highlights that exist and that no running edit is touching. */
  free: string[]
}

const [dataDir, seedsDir, seedArg, editsArg, widthArg] = process.argv.slice(2)
if (!dataDir || !seedsDir || !seedArg || !editsArg || !widthArg) throw new Error('Usage: crash-writer.ts <data folder> <seeds folder> <seed> <edits> <edits at once>')
const seed = Number(seedArg)
const edits = Number(editsArg)

const { library, annotations, categories } = await createServices({ dataDir, seedsDir, version: 'crash-writer', transport: 'http' })
const categoryIds = categories.list().map((c) => c.id)

const docs: Doc[] = await Promise.all(
  library.list().map(async (meta) => ({
    id: meta.id,
    text: (await library.open(meta.id)).text,
    free: (await annotations.list({ documentId: meta.id })).map((h) => h.id)
  }))
)

print({ kind: 'ready' })
let next = 0
await Promise.all(
  Array.from({ length: Number(widthArg) }, async () => {
    while (next < edits) await makeEdit(next++)
  })
)
print({ kind: 'done' })

function print(line: WriterLine): void {
  printLine(line)
}

/** One edit; its own generator keeps an edit's choices the same whichever edit finished first. */
async function makeEdit(edit: number): Promise<void> {
  const random = seededRandom(seed * 7919 + edit)
  const doc = random.pick(docs)
  const op = chooseOp(random, doc.free.length)
  const note = `edit ${edit} of writer ${seed}`
  if (op === 'create') {
    print({ kind: 'begin', edit, op, documentId: doc.id, note })
    const range = pickRange(random, doc.text)
    const placed = await annotations.create({ documentId: doc.id, ...range, categoryId: random.pick(categoryIds), tags: [`t${random.int(0, 9)}`], note })
    doc.free.push(placed.id)
    print({ kind: 'ack', edit, documentId: doc.id, id: placed.id, highlight: storedForm(placed) })
    return
  }
  const id = doc.free.splice(random.int(0, doc.free.length - 1), 1)[0]!
  if (op === 'update') {
    const patch = { note, categoryId: random.pick(categoryIds), tags: [`t${random.int(0, 9)}`, 'edited'] }
    print({ kind: 'begin', edit, op, documentId: doc.id, id, patch })
    const placed = await annotations.update(doc.id, id, patch)
    doc.free.push(id)
    print({ kind: 'ack', edit, documentId: doc.id, id, highlight: storedForm(placed) })
    return
  }
  print({ kind: 'begin', edit, op, documentId: doc.id, id })
  await annotations.remove(doc.id, id)
  print({ kind: 'ack', edit, documentId: doc.id, id, highlight: null })
}

/** Mostly creates while a document has few highlights, mostly updates and deletes once it has many, so files stay small. */
function chooseOp(random: Random, free: number): 'create' | 'update' | 'delete' {
  if (free === 0) return 'create'
  const roll = random.next()
  const creates = free < 40 ? 0.5 : 0.2
  if (roll < creates) return 'create'
  return roll < creates + (1 - creates) / 2 ? 'update' : 'delete'
}

/** A short passage that is not all white space, as a reader would select it. */
function pickRange(random: Random, text: string): { start: number; end: number } {
  for (;;) {
    const start = random.int(0, text.length - 2)
    const end = Math.min(text.length, start + random.int(1, 40))
    if (text.slice(start, end).trim() !== '') return { start, end }
  }
}
