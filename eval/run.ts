import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { printTable, type Figure } from '../bench/measure'
import { basilFigures, isBasil } from './basil'
import { counterFigures, isCounter } from './counter'
import { encodingFigures, isEncodings } from './encodings'

const DEFAULT_CORPORA = resolve(import.meta.dirname, '..', '..', 'shared', 'corpora')

/**
 * `npm run eval [-- FOLDER]`: imports each labelled corpus in FOLDER (by default ../shared/corpora, when present)
 * into a fresh data folder through the real services, and prints what Parallax gets right against its targets.
 * A corpus is known by its ground-truth.json: same-story triplets with quote annotations (BASIL), or derived and
 * non-derived text pairs (COUNTER), or texts with their expected encodings.
 */
async function main(): Promise<void> {
  const folder = resolve(process.argv[2] ?? DEFAULT_CORPORA)
  if (!existsSync(folder)) {
    console.log(`No corpora at ${folder}: name a folder laid out like ../shared/corpora (npm run eval -- FOLDER).`)
    process.exit(1)
  }
  const figures: Figure[] = []
  for (const entry of (await readdir(folder, { withFileTypes: true })).filter((each) => each.isDirectory())) {
    const corpus = join(folder, entry.name)
    const truthFile = join(corpus, 'ground-truth.json')
    if (!existsSync(truthFile)) continue
    const truth: unknown = JSON.parse(await readFile(truthFile, 'utf8'))
    const started = performance.now()
    if (isBasil(truth)) figures.push(...(await basilFigures(corpus, entry.name)))
    else if (isCounter(truth)) figures.push(...(await counterFigures(corpus, entry.name)))
    else if (isEncodings(truth)) figures.push(...(await encodingFigures(corpus, entry.name)))
    else continue
    console.log(`${entry.name}: imported and measured in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  }
  printTable(figures)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
