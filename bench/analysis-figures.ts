import { existsSync } from 'node:fs'
import { cp, mkdir, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { AnalysisService } from '../src/main/services/analysis-service'
import { FingerprintCache } from '../src/main/analysis/fingerprint-cache'
import { machineFolder } from '../src/main/store/machine-folder'
import { FingerprintWorkers } from '../src/main/analysis/fingerprint-workers'
import { createServices } from '../src/main/container'
import type { LibraryService } from '../src/main/services/library-service'
import { median, percentile, type Figure } from './measure'
import type { NewsVocabulary } from './news-vocabulary'
import { random } from './random'
import { syntheticArticle, syntheticLibrary } from './synthetic-library'

const FULL_DOCUMENTS = 1_000
const FULL_RUNS = 3
const ADDS = 21
/** The size of an average document of the 10,000-document library (50 MB in all). */
const DOCUMENT_BYTES = 5 * 1024
/** The worker script the app starts, as `npm run bench` has just built it. */
const FINGERPRINT_WORKER = resolve(import.meta.dirname, '..', 'out', 'main', 'fingerprint-worker.js')
const LONG_DOCUMENT_BYTES = 5 * 1024 * 1024
/** How often a listDocuments call is made while the long document is analysed. */
const CALL_EVERY_MS = 10

async function libraryAt(dataDir: string, root: string): Promise<LibraryService> {
  const seedsDir = join(root, 'no-seeds')
  await mkdir(seedsDir, { recursive: true })
  return (await createServices({ dataDir, seedsDir, version: 'bench', transport: 'http' })).library
}

/**
 * Milliseconds to analyse a library with nothing cached: every fingerprint computed and written, every document's
 * alignment, overview and quotes asked for, and the corpus's quote clusters.
 */
async function timeFullAnalysis(dataDir: string, root: string): Promise<number> {
  await rm(new FingerprintCache(machineFolder(dataDir)).folder, { recursive: true, force: true })
  const library = await libraryAt(dataDir, root)
  const started = performance.now()
  const workers = new FingerprintWorkers(FINGERPRINT_WORKER)
  const analysis = new AnalysisService(library, new FingerprintCache(machineFolder(dataDir)), (text) => workers.fingerprint(text))
  await analysis.build()
  for (const doc of library.list()) await analysis.documentAnalysis(doc.id)
  await analysis.quotes(true)
  const ms = performance.now() - started
  await workers.shutdown()
  return ms
}

/** A copy of the 10,000-document library whose fingerprints are all cached (built once, reused on later runs). */
export async function analysedLibrary(root: string, libraryDir: string): Promise<string> {
  const dataDir = join(root, 'analysed-10000-v1')
  if (existsSync(join(dataDir, 'analysed'))) return dataDir
  await rm(dataDir, { recursive: true, force: true })
  await cp(libraryDir, dataDir, { recursive: true })
  await new AnalysisService(await libraryAt(dataDir, root), new FingerprintCache(machineFolder(dataDir))).build()
  await writeFile(join(dataDir, 'analysed'), '')
  return dataDir
}

/**
 * Milliseconds from an imported document to its place in the corpus of 10,000 (fingerprint computed and cached,
 * index updated) and its own analysis ready. Each added document is removed again, so the library stays as it was.
 */
async function timeAdds(dataDir: string, root: string, vocabulary: NewsVocabulary): Promise<number[]> {
  const library = await libraryAt(dataDir, root)
  const workers = new FingerprintWorkers(FINGERPRINT_WORKER)
  const analysis = new AnalysisService(library, new FingerprintCache(machineFolder(dataDir)), (text) => workers.fingerprint(text))
  await analysis.build()
  // The worker starts on the first text it is given: give it one before the timed adds, as a running app has.
  await workers.fingerprint(syntheticArticle(vocabulary, random(1), DOCUMENT_BYTES))
  const next = random(20261126)
  const times: number[] = []
  for (let run = 0; run < ADDS; run++) {
    const text = syntheticArticle(vocabulary, next, DOCUMENT_BYTES)
    const [result] = await library.addMany([{ name: `added-${run}.txt`, bytes: new TextEncoder().encode(text), text }])
    if (!result || !('added' in result)) throw new Error('The synthetic document was already in the library.')
    const started = performance.now()
    // Asking for the analysis runs the queued update at once, without its wait for the library to be quiet.
    const added = analysis.documentAdded(result.added.id)
    await analysis.documentAnalysis(result.added.id)
    times.push(performance.now() - started)
    await added
    await library.remove(result.added.id)
    await analysis.documentRemoved(result.added.id)
  }
  await workers.shutdown()
  return times
}

/**
 * Milliseconds from each listDocuments call being due to its answer, one due every `CALL_EVERY_MS`, while a 5 MB
 * document joins the comparison of the 10,000 (its text read, fingerprinted, indexed and cached) and is aligned with
 * them, through the container as the app builds it: fingerprinted in the worker thread, or with `inline` on the main
 * thread.
 */
async function listingWhileAnalysing(dataDir: string, root: string, vocabulary: NewsVocabulary, inline: boolean): Promise<number[]> {
  const seedsDir = join(root, 'no-seeds')
  const services = await createServices({ dataDir, seedsDir, version: 'bench', transport: 'http', fingerprintWorker: inline ? undefined : FINGERPRINT_WORKER })
  const { library, analysis, handlers } = services
  await analysis.build()
  const text = syntheticArticle(vocabulary, random(20261204), LONG_DOCUMENT_BYTES)
  const [result] = await library.addMany([{ name: 'long.txt', bytes: new TextEncoder().encode(text), text }])
  if (!result || !('added' in result)) throw new Error('The long synthetic document was already in the library.')
  const { id } = result.added
  // The analysis follows the import with documentAdded; documentChanged resolves once that has run, as its text is
  // the same. Then its analysis, which the reader asks for when it is opened: its alignment with the 10,000.
  let analysing = true
  const analysed = analysis
    .documentChanged(id)
    .then(() => analysis.documentAnalysis(id))
    .finally(() => (analysing = false))
  const times: number[] = []
  while (analysing) {
    const due = performance.now() + CALL_EVERY_MS
    await sleep(CALL_EVERY_MS)
    await handlers.listDocuments({})
    times.push(performance.now() - due)
  }
  await analysed
  if (analysis.stats().documents !== library.list().length) throw new Error('The long synthetic document was not analysed.')
  await library.remove(id)
  await analysis.documentRemoved(id)
  await services.shutdown()
  return times
}

/** The analysis figures of the product issue: a full analysis of 1,000 documents, and adding one document to 10,000. */
export async function analysisFigures(root: string, libraryDir: string, vocabulary: NewsVocabulary): Promise<Figure[]> {
  const smallDir = await syntheticLibrary(root, vocabulary, FULL_DOCUMENTS, FULL_DOCUMENTS * DOCUMENT_BYTES)
  const full: number[] = []
  for (let run = 0; run < FULL_RUNS; run++) full.push(await timeFullAnalysis(smallDir, root))
  const analysed = await analysedLibrary(root, libraryDir)
  const adds = await timeAdds(analysed, root, vocabulary)
  const listings = { worker: await listingWhileAnalysing(analysed, root, vocabulary, false), inline: await listingWhileAnalysing(analysed, root, vocabulary, true) }
  const fullMs = median(full)
  const addMs = median(adds)
  const workerMax = Math.max(...listings.worker)
  const spread = (times: number[]) => `p50 ${percentile(times, 50).toFixed(1)} ms, max ${Math.max(...times).toFixed(0)} ms (${times.length} calls)`
  return [
    {
      figure: `full analysis of ${FULL_DOCUMENTS.toLocaleString('en')} documents, nothing cached (median of ${FULL_RUNS})`,
      value: `${(fullMs / 1000).toFixed(2)} s`,
      target: '<= 5 s',
      met: fullMs <= 5000
    },
    {
      figure: `adding one document to 10,000: fingerprint, index and its analysis (median of ${ADDS})`,
      value: `${addMs.toFixed(1)} ms`,
      target: '<= 200 ms',
      met: addMs <= 200
    },
    {
      figure: 'a listDocuments call answered while a 5 MB document is fingerprinted, indexed and aligned (one due every 10 ms)',
      value: spread(listings.worker),
      target: '<= 50 ms',
      met: workerMax <= 50
    },
    // The peer, in the same run: how the app answered before documents were read in a worker thread.
    { figure: 'the same, the document fingerprinted on the main thread (peer)', value: spread(listings.inline), target: 'none: the peer', met: true }
  ]
}
