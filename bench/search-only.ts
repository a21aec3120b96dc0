import { resolve } from 'node:path'
import { annotatedLibrary } from './annotation-figures'
import { printTable } from './measure'
import { searchFigures } from './search-figures'
import { NewsVocabulary } from './news-vocabulary'
import { syntheticLibrary, WORK } from './synthetic-library'

const ROOT = resolve(import.meta.dirname, '..')

/** The search figures of `npm run bench` alone, on the same annotated library (made as `bench/run.ts` makes it when missing). */
async function main(): Promise<void> {
  const dataDir = await syntheticLibrary(WORK, await NewsVocabulary.fromSeeds(resolve(ROOT, 'seeds')), 10_000, 50 * 1024 * 1024)
  printTable(await searchFigures(await annotatedLibrary(WORK, dataDir)))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
