import { resolve } from 'node:path'
import { NewsVocabulary } from './news-vocabulary'
import { syntheticLibrary, WORK } from './synthetic-library'
import { readerFigures } from './reader-figures'
import { importFigures } from './import-figures'
import { coldStart, launchChromium } from './cold-start'
import { annotatedLibrary, annotationFigures } from './annotation-figures'
import { exportFigures } from './export-figures'
import { analysedLibrary, analysisFigures } from './analysis-figures'
import { searchFigures } from './search-figures'
import { catalogEditFigures } from './catalog-edits'
import { median, printTable, type Figure } from './measure'

const ROOT = resolve(import.meta.dirname, '..')
const START_RUNS = 9

async function main(): Promise<void> {
  console.log('Generating the synthetic library (10,000 documents, about 50 MB; reused on later runs)…')
  const vocabulary = await NewsVocabulary.fromSeeds(resolve(ROOT, 'seeds'))
  const dataDir = await syntheticLibrary(WORK, vocabulary, 10_000, 50 * 1024 * 1024)
  const browser = await launchChromium()
  // One start first, not counted: the first after a build also waits on the operating system reading the new build
  // and Chromium finishing its own start.
  await coldStart(browser, dataDir)
  const starts = []
  for (let run = 0; run < START_RUNS; run++) starts.push(await coldStart(browser, dataDir))
  console.log('Opening a 5 MB document with 5,000 highlights (built once, reused on later runs), and two large texts…')
  const reader = await readerFigures(browser, WORK, vocabulary)
  console.log('Importing 1,000 texts and 1,000 saved web pages (written once, reused on later runs)…')
  const imported = await importFigures(browser, WORK, vocabulary, await analysedLibrary(WORK, dataDir))
  await browser.close()

  const startMs = median(starts.map((s) => s.milliseconds))
  const rss = median(starts.map((s) => s.rssMegabytes))
  const figures: Figure[] = [
    { figure: `cold start to library visible, 10,000 docs (median of ${START_RUNS})`, value: `${startMs.toFixed(0)} ms`, target: '<= 800 ms', met: startMs <= 800 },
    { figure: `main-process RSS at 10,000 docs (median of ${START_RUNS})`, value: `${rss.toFixed(0)} MB`, target: '<= 300 MB', met: rss <= 300 }
  ]
  console.log('Measuring annotations (the first run adds 50,000 highlights to a copy of the library; reused on later runs)…')
  figures.push(...(await annotationFigures(WORK, dataDir, vocabulary)), ...reader, ...imported)
  console.log('Measuring catalog edits through the journal at 10,000 and 50,000 documents (synthetic metadata, no texts)…')
  figures.push(...(await catalogEditFigures()))
  figures.push(...(await exportFigures(await annotatedLibrary(WORK, dataDir), WORK)))
  console.log('Measuring the comparison of documents (the first run caches fingerprints for a copy of the library; reused later)…')
  figures.push(...(await analysisFigures(WORK, dataDir, vocabulary)))
  console.log('Measuring search (indexes the annotated library, types 7 queries and 20 phrases, runs ripgrep)…')
  figures.push(...(await searchFigures(await annotatedLibrary(WORK, dataDir))))
  printTable(figures)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
