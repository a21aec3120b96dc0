import { existsSync } from 'node:fs'
import { cp, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createServices, type Services } from '../src/main/container'
import type { AnnotationService } from '../src/main/services/annotation-service'
import { anchor, describeRange, type Selectors } from '../src/shared/anchoring'
import { median, percentile, type Figure } from './measure'
import type { NewsVocabulary } from './news-vocabulary'
import { random } from './random'
import { syntheticArticle } from './synthetic-library'

const CATEGORIES = ['claim', 'quote', 'figure', 'framing', 'source', 'question']
const PER_DOCUMENT = 5
const EDITS = 1_000
const ANCHORS = 1_000
const ANCHOR_RUNS = 7
const BIG_DOCUMENT_BYTES = 5 * 1024 * 1024

/** A UTF-16 range of 20 to 80 characters starting at a sentence start at or after `from`, so highlights cover real prose. */
function sentenceRange(text: string, from: number, next: () => number): { start: number; end: number } {
  const stop = text.indexOf('. ', from)
  const start = stop === -1 ? from : stop + 2
  const space = text.indexOf(' ', start + 20 + Math.floor(next() * 60))
  return { start, end: space === -1 ? text.length : space }
}

/** Runs `work` over `items`, `width` at a time, so the bulk build keeps the disk busy without opening every file at once. */
async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let index = 0
  const worker = async (): Promise<void> => {
    while (index < items.length) await work(items[index++]!)
  }
  await Promise.all(Array.from({ length: width }, worker))
}

function servicesFor(dataDir: string, root: string): Promise<Services> {
  return createServices({ dataDir, seedsDir: join(root, 'no-seeds'), version: 'bench', transport: 'http' })
}

/** Highlights a document's text `count` times; the document's file is loaded first so the concurrent creates share it. */
async function highlightDocument(annotations: AnnotationService, documentId: string, text: string, count: number, next: () => number): Promise<void> {
  await annotations.forDocument(documentId)
  const ranges = Array.from({ length: count }, (_, i) => sentenceRange(text, Math.floor(((i + next()) * text.length) / (count + 1)), next))
  await Promise.all(ranges.map((range, i) => annotations.create({ documentId, ...range, categoryId: CATEGORIES[i % CATEGORIES.length]! })))
}

/**
 * Builds (once, then reuses) a copy of the synthetic library with `PER_DOCUMENT` highlights in every document,
 * created through the real annotation service.
 */
export async function annotatedLibrary(root: string, libraryDir: string): Promise<string> {
  const dataDir = join(root, `annotated-${PER_DOCUMENT}-per-document-v1`)
  if (existsSync(join(dataDir, 'annotated'))) return dataDir
  await rm(dataDir, { recursive: true, force: true })
  await cp(libraryDir, dataDir, { recursive: true })
  const { library, annotations } = await servicesFor(dataDir, root)
  const next = random(20261123)
  const documents = library.list().sort((a, b) => a.id.localeCompare(b.id))
  const plans = documents.map((doc) => ({ id: doc.id, seed: Math.floor(next() * 2 ** 32) }))
  await inParallel(plans, 16, async ({ id, seed }) => {
    const { text } = await library.open(id)
    await highlightDocument(annotations, id, text, PER_DOCUMENT, random(seed))
  })
  await writeFile(join(dataDir, 'annotated'), '')
  return dataDir
}

type Edit = (annotations: AnnotationService) => Promise<unknown>

/** One edit of the mix (create, recategorise, renote), prepared so that only the service call itself is timed. */
async function prepareEdit(annotations: AnnotationService, documentId: string, text: string, index: number, next: () => number): Promise<Edit> {
  const { highlights } = await annotations.forDocument(documentId)
  const target = highlights[Math.floor(next() * highlights.length)]!
  const category = CATEGORIES[Math.floor(next() * CATEGORIES.length)]!
  if (index % 3 === 0) {
    const range = sentenceRange(text, Math.floor(next() * text.length * 0.9), next)
    return (a) => a.create({ documentId, ...range, categoryId: category })
  }
  if (index % 3 === 1) return (a) => a.update(documentId, target.id, { categoryId: category })
  return (a) => a.update(documentId, target.id, { note: `Edit ${index}: worth checking against the source.` })
}

/**
 * Milliseconds from call to acknowledgement (the file fsynced) of each of `EDITS` edits on random documents.
 * The edits go to a fresh copy so the cached library keeps exactly its 50,000 highlights from run to run.
 */
async function timeEdits(annotatedDir: string, root: string): Promise<number[]> {
  const dataDir = join(root, 'edits-scratch')
  await rm(dataDir, { recursive: true, force: true })
  await cp(annotatedDir, dataDir, { recursive: true })
  const { library, annotations } = await servicesFor(dataDir, root)
  const documents = library.list().sort((a, b) => a.id.localeCompare(b.id))
  const next = random(20261124)
  const times: number[] = []
  for (let index = 0; index < EDITS; index++) {
    const documentId = documents[Math.floor(next() * documents.length)]!.id
    const { text } = await library.open(documentId)
    const edit = await prepareEdit(annotations, documentId, text, index, next)
    const started = performance.now()
    await edit(annotations)
    times.push(performance.now() - started)
  }
  await rm(dataDir, { recursive: true, force: true })
  return times
}

/** Median milliseconds, over `ANCHOR_RUNS` runs, to anchor `ANCHORS` highlights spread through an unchanged 5 MB text. */
async function timeReanchoring(vocabulary: NewsVocabulary): Promise<number> {
  const next = random(20261125)
  const text = syntheticArticle(vocabulary, next, BIG_DOCUMENT_BYTES)
  const selectors: Selectors[] = Array.from({ length: ANCHORS }, (_, i) => {
    const { start, end } = sentenceRange(text, Math.floor(((i + next()) * text.length) / (ANCHORS + 1)), next)
    return describeRange(text, start, end)
  })
  const runs: number[] = []
  for (let run = 0; run < ANCHOR_RUNS; run++) {
    const started = performance.now()
    const anchored = selectors.filter((s) => anchor(text, s).status === 'anchored').length
    runs.push(performance.now() - started)
    if (anchored !== ANCHORS) throw new Error(`Only ${anchored} of ${ANCHORS} highlights anchored in an unchanged text.`)
  }
  return median(runs)
}

/** The annotation figures of the product issue: edit acknowledgement at 50,000 highlights, and re-anchoring in a large text. */
export async function annotationFigures(root: string, libraryDir: string, vocabulary: NewsVocabulary): Promise<Figure[]> {
  const dataDir = await annotatedLibrary(root, libraryDir)
  const edits = await timeEdits(dataDir, root)
  const p95 = percentile(edits, 95)
  const reanchor = await timeReanchoring(vocabulary)
  return [
    {
      figure: `highlight acknowledged on disk, p95 over ${EDITS.toLocaleString('en')} edits, 50,000 annotations in the library`,
      value: `${p95.toFixed(1)} ms (median ${median(edits).toFixed(1)} ms)`,
      target: '<= 20 ms',
      met: p95 <= 20
    },
    {
      figure: `re-anchoring ${ANCHORS.toLocaleString('en')} highlights in an unchanged 5 MB document (median of ${ANCHOR_RUNS})`,
      value: `${reanchor.toFixed(1)} ms`,
      target: '<= 100 ms',
      met: reanchor <= 100
    }
  ]
}
