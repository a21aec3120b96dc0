import { existsSync } from 'node:fs'
import { cp, mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { AnalysisService } from '../src/main/analysis/analysis-service'
import { FingerprintCache } from '../src/main/analysis/fingerprint-cache'
import { createServices } from '../src/main/container'
import type { LibraryService } from '../src/main/services/library-service'
import { median, type Figure } from './measure'
import { random, seedVocabulary, syntheticArticle, syntheticLibrary } from './synthetic-library'

const FULL_DOCUMENTS = 1_000
const FULL_RUNS = 3
const ADDS = 21
/** The size of an average document of the 10,000-document library (50 MB in all). */
const DOCUMENT_BYTES = 5 * 1024

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
  await rm(join(dataDir, 'analysis'), { recursive: true, force: true })
  const library = await libraryAt(dataDir, root)
  const started = performance.now()
  const analysis = new AnalysisService(library, new FingerprintCache(dataDir))
  await analysis.boot()
  for (const doc of library.list()) await analysis.documentAnalysis(doc.id)
  await analysis.quotes()
  return performance.now() - started
}

/** A copy of the 10,000-document library whose fingerprints are all cached (built once, reused on later runs). */
async function analysedLibrary(root: string, libraryDir: string): Promise<string> {
  const dataDir = join(root, 'analysed-10000-v1')
  if (existsSync(join(dataDir, 'analysed'))) return dataDir
  await rm(dataDir, { recursive: true, force: true })
  await cp(libraryDir, dataDir, { recursive: true })
  await new AnalysisService(await libraryAt(dataDir, root), new FingerprintCache(dataDir)).boot()
  await writeFile(join(dataDir, 'analysed'), '')
  return dataDir
}

/**
 * Milliseconds from an imported document to its place in the corpus of 10,000 (fingerprint computed and cached,
 * index updated) and its own analysis ready. Each added document is removed again, so the library stays as it was.
 */
async function timeAdds(dataDir: string, root: string, words: string[]): Promise<number[]> {
  const library = await libraryAt(dataDir, root)
  const analysis = new AnalysisService(library, new FingerprintCache(dataDir))
  await analysis.boot()
  const next = random(20261126)
  const times: number[] = []
  for (let run = 0; run < ADDS; run++) {
    const text = syntheticArticle(words, next, DOCUMENT_BYTES)
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
  return times
}

/** The analysis figures of the product issue: a full analysis of 1,000 documents, and adding one document to 10,000. */
export async function analysisFigures(root: string, libraryDir: string, seedsDir: string): Promise<Figure[]> {
  const smallDir = await syntheticLibrary(root, seedsDir, FULL_DOCUMENTS, FULL_DOCUMENTS * DOCUMENT_BYTES)
  const full: number[] = []
  for (let run = 0; run < FULL_RUNS; run++) full.push(await timeFullAnalysis(smallDir, root))
  const adds = await timeAdds(await analysedLibrary(root, libraryDir), root, await seedVocabulary(seedsDir))
  const fullMs = median(full)
  const addMs = median(adds)
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
    }
  ]
}
