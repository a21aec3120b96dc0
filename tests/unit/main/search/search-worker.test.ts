import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { beforeAll, describe, expect, it } from 'vitest'
import { indexInWorker } from '../../../../src/main/search/search-index'
import { buildIfNeeded } from '../../../../scripts/build-if-needed.mjs'
import { tempDir } from '../../../helpers/temp-dir'
import { seededSearch } from '../services/seeded-search'

const BUILT_WORKER = resolve(import.meta.dirname, '..', '..', '..', '..', 'out', 'main', 'search-worker.js')
const QUERIES = ['hostages', 'Witkoff', '"the release of"', 'netanyah', 'cease-fire', 'Qatar Egypt']

type Seeded = Awaited<ReturnType<typeof seededSearch>>

/** A search's results without their timing, and with each document named by its seed file: ids differ between libraries. */
async function answered({ library, search }: Seeded, text: string) {
  const results = await search.search({ text })
  return { total: results.total, groups: results.groups.map((group) => ({ ...group, documentId: library.get(group.documentId).sourceName })) }
}

/** Milliseconds the event loop was held at most while `work` ran. */
async function longestHold(work: () => Promise<unknown>): Promise<number> {
  const delay = monitorEventLoopDelay({ resolution: 5 })
  delay.enable()
  // It records a delay when its timer runs late, from its first run on: let that come first, and one more at the end.
  await sleep(20)
  await work()
  await sleep(20)
  delay.disable()
  return delay.max / 1e6
}

describe('the search index in the built worker', () => {
  beforeAll(() => buildIfNeeded(), 120_000)

  it('answers as the index on this thread does, and keeps up with an edit of a highlight', async () => {
    const [here, there] = await Promise.all([seededSearch(), seededSearch(BUILT_WORKER)])
    for (const text of QUERIES) expect(await answered(there, text)).toEqual(await answered(here, text))
    const doc = there.seed('001')
    const start = (await there.textOf(doc.id)).indexOf('Steve Witkoff')
    const highlight = await there.annotations.create({ documentId: doc.id, start, end: start + 13, categoryId: 'quote', note: 'A palimpsest of statements.', tags: [] })
    await there.search.annotationsChanged(doc.id)
    const [note] = (await there.search.search({ text: 'palimpsest' })).groups
    expect(note).toMatchObject({ documentId: doc.id, hitCount: 1 })
    expect(note!.hits[0]).toMatchObject({ kind: 'note', highlightId: highlight.id, range: highlight.range })
    await there.search.shutdown()
  })

  it('keeps this thread answering while a 5 MB document is indexed', async () => {
    const { library, search } = await seededSearch(BUILT_WORKER)
    let text = ''
    for (let part = 0; text.length < 5 * 1024 * 1024; part++) text += `Part ${part}: the mediators met in Doha on day ${part} and talked about hostages.\n\n`
    const [added] = await library.addMany([{ name: 'long.txt', bytes: new TextEncoder().encode(text), text }])
    const id = (added as { added: { id: string } }).added.id
    // On this thread the same document holds the event loop for over a second (1.3 s here).
    const held = await longestHold(async () => {
      await search.documentAdded(id)
      await search.search({ text: 'mediators' })
    })
    expect((await search.search({ text: '"day 4000 and"' })).groups.map((group) => group.documentId)).toEqual([id])
    expect(held).toBeLessThan(200)
    await search.shutdown()
  }, 60_000)

  it('builds the index again, in a new worker, on the search after its worker died, even one that died building it', async () => {
    // The built worker, with ways to make it die: a search for "crash now", or a document sent while `dieOnNext` exists.
    const folder = await tempDir()
    const dieOnNext = join(folder, 'die-on-next-document')
    const dying = join(folder, 'dying-search-worker.mjs')
    await writeFile(
      dying,
      `import { existsSync, rmSync } from 'node:fs'
import { parentPort } from 'node:worker_threads'
import ${JSON.stringify(pathToFileURL(BUILT_WORKER).href)}
// After the worker's own listener, which answers only once this one has returned.
parentPort.on('message', ({ call }) => {
  if (call.op === 'search' && call.args[0].text === 'crash now') process.exit(3)
  if (call.op === 'setDocument' && existsSync(${JSON.stringify(dieOnNext)})) {
    rmSync(${JSON.stringify(dieOnNext)})
    process.exit(4)
  }
})
`
    )
    const { library, search, found } = await seededSearch(dying)
    // More documents than the build sends before it waits for the first to be taken in.
    const notes = Array.from({ length: 300 }, (_, i) => `Note ${i}\n\nThe mediators met again on day ${i}.`)
    await library.addMany(notes.map((text, i) => ({ name: `note-${i}.txt`, bytes: new TextEncoder().encode(text), text })))
    await search.documentAdded(library.list()[0]!.id)
    const before = await found('hostages')
    expect(before).toHaveLength(5)
    await expect(search.search({ text: 'crash now' })).rejects.toThrow('the search stopped (exit code 3)')
    expect(await found('hostages')).toEqual(before)

    await writeFile(dieOnNext, '')
    await expect(search.search({ text: 'crash now' })).rejects.toThrow('the search stopped (exit code 3)')
    // The build had sent documents it had not waited for: their failures are met, none is left unhandled.
    await expect(search.search({ text: 'hostages' })).rejects.toThrow('the search stopped (exit code 4)')
    expect(await found('hostages')).toEqual(before)
    await search.shutdown()
  })
})

describe('indexInWorker', () => {
  /** A worker standing in for the real one: it answers each call with its name, and exits on a search for "exit". */
  async function standIn(): Promise<string> {
    const script = join(await tempDir(), 'stand-in-search-worker.mjs')
    await writeFile(
      script,
      `import { parentPort } from 'node:worker_threads'
parentPort.on('message', ({ id, call }) => {
  if (call.op === 'search' && call.args[0].text === 'exit') process.exit(3)
  parentPort.postMessage({ id, value: call.op })
})
`
    )
    return script
  }

  it('fails the calls of a worker that dies with the reason, says it was lost, and answers the next in a new worker', async () => {
    const lost: string[] = []
    const index = indexInWorker(await standIn(), (reason) => lost.push(reason))
    expect(await index.stats()).toBe('stats')
    await expect(index.search({ text: 'exit' })).rejects.toThrow('the search stopped (exit code 3)')
    expect(lost).toEqual(['the search stopped (exit code 3)'])
    expect(await index.search({ text: 'hostages' })).toBe('search')
    await index.close()
    await expect(index.stats()).rejects.toThrow('the search has stopped')
    expect(lost).toHaveLength(1)
  })
})
