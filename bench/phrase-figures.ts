import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { LibraryService } from '../src/main/services/library-service'
import type { SearchService } from '../src/main/services/search-service'
import { MAX_LIMIT } from '../src/shared/search'
import { median, percentile, type Figure } from './measure'
import { typingOverHttp } from './phrase-over-http'

/**
 * Phrases of the seeds' news, from a few documents of the synthetic library to a few hundred. Most are made of words
 * that are each in thousands of documents: their words meet in far more passages than the phrase does.
 */
const PHRASES = [
  'Netanyahu said',
  'hostage deal',
  'humanitarian aid',
  'Prime Minister',
  'the Prime Minister',
  'Trump said',
  'Israeli officials',
  'Israeli captives',
  'hostage families',
  'military pressure',
  'ceasefire deal',
  'has been',
  'said that',
  'the release of',
  'release the hostages',
  'the remaining hostages',
  'of the hostages',
  'of the war',
  'the Israeli government',
  'in the region'
]
const ROUNDS = 5
const RG = process.env.PARALLAX_RG ?? '/usr/bin/rg'

/** Each document's text in a file of its own (written once, then reused), so that ripgrep names the documents. */
async function textFiles(library: LibraryService, dir: string): Promise<string> {
  const done = join(dir, 'complete')
  if (existsSync(done)) return dir
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  for (const doc of library.list()) await writeFile(join(dir, `${doc.id}.txt`), (await library.open(doc.id)).text)
  await writeFile(done, '')
  return dir
}

/** The documents that hold the phrase by ripgrep (`-l -i -F -w`: the words as written, ignoring case, whole words). */
function ripgrepDocuments(phrase: string, dir: string): Set<string> {
  const run = spawnSync(RG, ['--no-ignore', '-l', '-i', '-F', '-w', '--', phrase, dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (run.error) throw new Error(`ripgrep could not run (${RG}): ${run.error.message}`)
  return new Set(run.stdout.split('\n').filter((line) => line.endsWith('.txt')).map((line) => line.slice(line.lastIndexOf('/') + 1, -'.txt'.length)))
}

/** Every state of the search box while each phrase is typed in quotes, one character at a time. */
const KEYSTROKES = PHRASES.flatMap((phrase) => Array.from(`"${phrase}"`, (_, i) => `"${phrase}"`.slice(0, i + 1)))

/** Milliseconds to answer each of `KEYSTROKES` in the process, `ROUNDS` times after a first round to warm up. */
async function typingTimes(search: SearchService): Promise<number[]> {
  const times: number[] = []
  for (let round = 0; round <= ROUNDS; round++) {
    for (const text of KEYSTROKES) {
      const started = performance.now()
      await search.search({ text })
      if (round > 0) times.push(performance.now() - started)
    }
  }
  return times
}

/**
 * Phrase search against ripgrep on the same texts: the share of the documents ripgrep finds that the search returns
 * (printed per phrase, with the total the search reports), and the answer time while phrases are typed, over HTTP
 * from the server started on `dataDir` as the page asks, beside the time in the process.
 */
export async function phraseFigures(search: SearchService, library: LibraryService, dataDir: string, workDir: string): Promise<Figure[]> {
  const dir = await textFiles(library, workDir)
  const recalls: number[] = []
  console.log('phrase: documents ripgrep finds, of them found by the search (in its answer, or asked for by document), total the search reports')
  for (const phrase of PHRASES) {
    const truth = ripgrepDocuments(phrase, dir)
    const text = `"${phrase}"`
    const results = await search.search({ text, limit: MAX_LIMIT })
    // An answer holds `MAX_LIMIT` documents at most: those ripgrep finds beyond them are asked for one by one.
    const shown = new Set(results.groups.map((group) => group.documentId))
    let returned = 0
    for (const documentId of truth) {
      if (shown.has(documentId) || (await search.search({ text, documentId })).groups.length > 0) returned++
    }
    const recall = truth.size === 0 ? 1 : returned / truth.size
    recalls.push(recall)
    console.log(`  "${phrase}": ${truth.size}, ${returned} (recall ${recall.toFixed(2)}), total ${results.total}`)
  }
  const inProcess = await typingTimes(search)
  const typed = await typingOverHttp(dataDir, KEYSTROKES, ROUNDS)
  const p95 = percentile(typed, 95)
  const lowest = Math.min(...recalls)
  return [
    {
      figure: `phrase recall against ripgrep -l -i -F -w, lowest of ${PHRASES.length} phrases`,
      value: `${lowest.toFixed(2)} (median ${median(recalls).toFixed(2)})`,
      target: '1.00',
      met: lowest === 1
    },
    {
      figure: `phrase search while typing over HTTP, p95 over ${typed.length.toLocaleString('en')} keystrokes of ${PHRASES.length} quoted phrases`,
      value: `${p95.toFixed(1)} ms (median ${median(typed).toFixed(1)} ms; in the process ${percentile(inProcess, 95).toFixed(1)} ms, median ${median(inProcess).toFixed(1)} ms)`,
      target: '<= 10 ms',
      met: p95 <= 10
    }
  ]
}
