import { readdirSync, readFileSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { AnalysisService } from '../../../../src/main/services/analysis-service'
import { FingerprintCache } from '../../../../src/main/analysis/fingerprint-cache'
import { fingerprinted } from '../../../../src/main/analysis/fingerprinted'
import { openServices } from '../../../helpers/test-services'
import type { LibraryService } from '../../../../src/main/services/library-service'
import { AppError } from '../../../../src/shared/errors'
import { seededRandom } from '../../../helpers/seeded-random'
import { SEEDS_DIR, tempDir } from '../../../helpers/temp-dir'
import { machineFolder } from '../../../../src/main/store/machine-folder'

const SEEDS_TEXT = readdirSync(SEEDS_DIR).map((name) => readFileSync(join(SEEDS_DIR, name), 'utf8')).join('\n')

/**
 * A library of the five seeds and an analysis of it whose cache is a folder of its own: the container's own analysis
 * follows the library's changes in the data folder, and this one must not share files with it.
 */
async function seeded(): Promise<{ cacheDir: string; library: LibraryService; analysis: AnalysisService }> {
  const dataDir = await tempDir()
  const cacheDir = await tempDir()
  const { library } = await openServices({ dataDir, seedsDir: SEEDS_DIR, version: 'test', transport: 'http' })
  return { cacheDir, library, analysis: new AnalysisService(library, new FingerprintCache(machineFolder(cacheDir))) }
}

/** The id of a seed document by its number, '000' … '004'. */
function idOf(library: LibraryService, key: string): string {
  return library.list().find((doc) => doc.sourceName.startsWith(key))!.id
}

async function add(library: LibraryService, name: string, text: string): Promise<string> {
  const [result] = await library.addMany([{ name, bytes: new TextEncoder().encode(text), text }])
  if (!result || !('added' in result)) throw new Error('not added')
  return result.added.id
}

/** 002 line 23, as another outlet would carry it. */
/** Two sentences of seed 002 (lines 23 and 25) as a wire service ran them: two shared sentences make the documents related. */
const WIRE_COPY =
  'A wire report\n\nWitkoff confirmed on Thursday that there is a deadline for Hamas to release the hostages, but would not say when.\n\n' +
  'He called on the group to release the last American hostage, Edan Alexander, 21, as a gesture of good faith.'

/** About `bytes` of sentences drawn from the seeds' words: every sentence shares words with the seeds, as a long digest would. */
function wordSalad(bytes: number): string {
  const words = [...SEEDS_TEXT.matchAll(/\p{L}+/gu)].map(([word]) => word)
  const random = seededRandom(20261204)
  const sentences: string[] = []
  for (let size = 0; size < bytes; size += sentences.at(-1)!.length + 1) {
    sentences.push(`${Array.from({ length: random.int(8, 30) }, () => random.pick(words)).join(' ')}.${random.int(0, 4) === 0 ? '\n' : ''}`)
  }
  return sentences.join(' ')
}

describe('AnalysisService', () => {
  it('analyses a document of the seeds: boilerplate, aligned passages, overview and quotes', async () => {
    const { library, analysis } = await seeded()
    await analysis.build()
    const id = idOf(library, '000')
    const { text } = await library.open(id)
    const result = await analysis.documentAnalysis(id)
    expect(result.corpusSize).toBe(5)
    // Lines 1–10 and 14–18 are the site's header, line 22 the byline, lines 66–78 the comment section.
    expect(result.boilerplate.map((span) => span.reason)).toEqual(['header', 'header', 'byline', 'comments'])
    // Line 32: "Hamas never really wanted a deal." is in 001 too (line 5).
    const shared = result.sentences.find((s) => text.slice(s.start, s.end) === '“Hamas never really wanted a deal.')!
    expect(shared.carriers).toBe(2)
    expect(shared.counterparts.map((c) => c.documentId)).toEqual([idOf(library, '001')])
    expect(result.overview.some((bucket) => bucket.shared > 0)).toBe(true)
    // Line 36: "…,” Netanyahu wrote in English on social media."
    expect(result.quotes).toContainEqual(expect.objectContaining({ speaker: 'Netanyahu', text: expect.stringMatching(/^Special envoy to the Middle East/) }))
  })

  it('clusters the seeds’ quotes across documents, the paraphrase in 003 included', async () => {
    const { library, analysis } = await seeded()
    const clusters = await analysis.quotes(true)
    expect(clusters).toHaveLength(4)
    const ultimatum = clusters.find((c) => c.members.some((m) => m.text.startsWith('Release all of the Hostages now')))!
    // 003 line 11: "Trump called on Hamas to immediately release all remaining hostages and return the bodies …".
    expect(ultimatum.members.map((m) => [m.documentId, m.kind])).toEqual([
      [idOf(library, '002'), 'quote'],
      [idOf(library, '003'), 'paraphrase']
    ])
    expect(ultimatum.members[1]!.text).toMatch(/^Trump called on Hamas to immediately release/)
  })

  it('lists the quotes of one document too when asked for all, after those several documents carry', async () => {
    const { analysis } = await seeded()
    const all = await analysis.quotes(false)
    expect(all.length).toBeGreaterThan(4)
    expect(all.slice(0, 4)).toEqual(await analysis.quotes(true))
    expect(all.slice(4).every((cluster) => cluster.documents === 1)).toBe(true)
    // 002 line 7, which only the New York Post quotes.
    expect(all.some((cluster) => cluster.members.some((member) => member.text.startsWith('We’re going to find out')))).toBe(true)
  })

  it('adds an imported document without recomputing the others, and its passages find their counterparts', async () => {
    const { library, analysis } = await seeded()
    await analysis.build()
    expect(analysis.stats()).toEqual({ documents: 5, computed: 5, fromCache: 0 })
    const copy = await add(library, 'wire.txt', WIRE_COPY)
    await analysis.documentAdded(copy)
    expect(analysis.stats()).toEqual({ documents: 6, computed: 6, fromCache: 0 })
    const source = await analysis.documentAnalysis(idOf(library, '002'))
    const { text } = await library.open(idOf(library, '002'))
    const sentence = source.sentences.find((s) => text.slice(s.start, s.end).startsWith('Witkoff confirmed'))!
    expect(sentence.carriers).toBe(2)
    expect(sentence.counterparts[0]).toMatchObject({ documentId: copy })
    expect(await analysis.counterparts(copy, WIRE_COPY.indexOf('deadline'), WIRE_COPY.indexOf('deadline'))).toMatchObject([{ documentId: idOf(library, '002'), start: sentence.start }])
  })

  it('forgets a removed document and its cached fingerprint', async () => {
    const { cacheDir, library, analysis } = await seeded()
    await analysis.build()
    const copy = await add(library, 'wire.txt', WIRE_COPY)
    await analysis.documentAdded(copy)
    expect(analysis.stats().documents).toBe(6)
    const hash = library.get(copy).textHash
    await library.remove(copy)
    await analysis.documentRemoved(copy)
    expect(await readdir(join(machineFolder(cacheDir).path, 'analysis'))).not.toContain(`${hash}.json`)
    const source = await analysis.documentAnalysis(idOf(library, '002'))
    expect(source.sentences.every((s) => s.counterparts.every((c) => c.documentId !== copy))).toBe(true)
    await expect(analysis.documentAnalysis(copy)).rejects.toMatchObject({ code: 'not-found' })
  })

  it('re-analyses a document whose text changed, and nothing when it did not', async () => {
    const { library, analysis } = await seeded()
    const id = idOf(library, '004')
    await analysis.build()
    await analysis.documentChanged(id)
    expect(analysis.stats().computed).toBe(5)
    await library.replaceText(id, WIRE_COPY)
    await analysis.documentChanged(id)
    expect(analysis.stats().computed).toBe(6)
    expect((await analysis.documentAnalysis(idOf(library, '002'))).sentences.some((s) => s.counterparts.some((c) => c.documentId === id))).toBe(true)
  })

  it('boots a second time from the cache, and computes again only a corrupt cache file', async () => {
    const { cacheDir, library, analysis } = await seeded()
    await analysis.build()
    const expected = await analysis.documentAnalysis(idOf(library, '001'))
    const again = new AnalysisService(library, new FingerprintCache(machineFolder(cacheDir)))
    await again.build()
    expect(again.stats()).toEqual({ documents: 5, computed: 0, fromCache: 5 })
    expect(await again.documentAnalysis(idOf(library, '001'))).toEqual(expected)

    const path = join(machineFolder(cacheDir).path, 'analysis', `${library.get(idOf(library, '003')).textHash}.json`)
    await writeFile(path, '{"version":')
    const third = new AnalysisService(library, new FingerprintCache(machineFolder(cacheDir)))
    await third.build()
    expect(third.stats()).toEqual({ documents: 5, computed: 1, fromCache: 4 })
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ fingerprint: { length: expect.any(Number) } })
    expect(await third.documentAnalysis(idOf(library, '001'))).toEqual(expected)
  })

  it('answers a query asked before boot once the corpus is built, with changes made before it included', async () => {
    const { library, analysis } = await seeded()
    const copy = await add(library, 'wire.txt', WIRE_COPY)
    await analysis.documentAdded(copy)
    const result = await analysis.documentAnalysis(idOf(library, '003'))
    expect(result.corpusSize).toBe(6)
    expect(analysis.stats()).toEqual({ documents: 6, computed: 6, fromCache: 0 })
  })

  it('fails a document its fingerprint cannot be made for with an error naming it, and leaves the rest of the corpus', async () => {
    const dataDir = await tempDir()
    const { library } = await openServices({ dataDir, seedsDir: SEEDS_DIR, version: 'test', transport: 'http' })
    const failing = async (text: string) => {
      if (text.startsWith('A wire report')) throw new Error('the analysis stopped (exit code 1)')
      return fingerprinted(text)
    }
    const analysis = new AnalysisService(library, new FingerprintCache(machineFolder(await tempDir())), failing)
    await analysis.build()
    const copy = await add(library, 'wire.txt', WIRE_COPY)
    const error: unknown = await analysis.documentAdded(copy).catch((failure: unknown) => failure)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('internal')
    // The title the library gave the copy: its three-word headline.
    expect((error as AppError).message).toBe('Parallax could not analyse “A wire report”: the analysis stopped (exit code 1).')
    expect(analysis.stats().documents).toBe(5)
  })
  it('answers other calls while a long document is aligned, and holds changes to the corpus back until it is done', async () => {
    const { library, analysis } = await seeded()
    await analysis.build()
    const long = await add(library, 'long.txt', wordSalad(3 * 1024 * 1024))
    await analysis.documentAdded(long)
    const delay = monitorEventLoopDelay({ resolution: 5 })
    delay.enable()
    // It records a delay when its timer runs late, from its first run on: let that come first, and one more at the end.
    await sleep(20)
    const aligned = analysis.documentAnalysis(long)
    const copy = await add(library, 'wire.txt', WIRE_COPY)
    const added = analysis.documentAdded(copy)
    const { corpusSize } = await aligned
    await sleep(20)
    delay.disable()
    await added
    expect(corpusSize).toBe(6)
    expect(analysis.stats().documents).toBe(7)
    // Aligned in one go, this document holds the event loop for half a second (0.5 s here).
    expect(delay.max / 1e6).toBeLessThan(200)
    // Three megabytes aligned take seconds, many more on a machine busy with other work: the time it may take is not
    // what this test measures.
  }, 90_000)
})
