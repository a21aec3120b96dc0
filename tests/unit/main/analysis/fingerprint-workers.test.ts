import { readdirSync, readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { FingerprintWorkers } from '../../../../src/main/analysis/fingerprint-workers'
import { fingerprinted } from '../../../../src/main/analysis/fingerprinted'
import { fingerprintText } from '../../../../src/shared/analysis/fingerprint'
import { buildIfNeeded } from '../../../../scripts/build-if-needed.mjs'
import { SEEDS_DIR, tempDir } from '../../../helpers/temp-dir'

const BUILT_WORKER = resolve(import.meta.dirname, '..', '..', '..', '..', 'out', 'main', 'fingerprint-worker.js')
const seeds = readdirSync(SEEDS_DIR).map((name) => readFileSync(join(SEEDS_DIR, name), 'utf8'))

const pools: FingerprintWorkers[] = []
function pool(script: string, size?: number): FingerprintWorkers {
  const made = new FingerprintWorkers(script, size)
  pools.push(made)
  return made
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((each) => each.shutdown()))
})

/** A worker script standing in for the real one: it answers with the text's length, throws on "throw" and exits on "exit". */
async function standIn(): Promise<string> {
  const script = join(await tempDir(), 'stand-in-worker.mjs')
  await writeFile(
    script,
    `import { parentPort } from 'node:worker_threads'
parentPort.on('message', (text) => {
  if (text === 'throw') throw new Error('the text could not be read')
  if (text === 'exit') process.exit(3)
  if (text !== 'hang') parentPort.postMessage({ length: text.length })
})
`
  )
  return script
}

describe('FingerprintWorkers with the built worker', () => {
  beforeAll(() => buildIfNeeded(), 120_000)

  it('reads texts as this thread does: the same packed fingerprints and cache files', async () => {
    const workers = pool(BUILT_WORKER)
    const quoted = 'A report\n\n“We are ready,” Jane Doe said. The talks resume on Monday in Geneva, she told reporters.'
    for (const text of [...seeds, quoted]) {
      const made = await workers.fingerprint(text)
      expect(made).toEqual(fingerprinted(text))
      expect(JSON.parse(new TextDecoder().decode(made.file)).fingerprint).toEqual(fingerprintText(text))
    }
  })

  it('keeps the main thread answering while a 5 MB text is fingerprinted', async () => {
    const workers = pool(BUILT_WORKER)
    await workers.fingerprint(seeds[0]!)
    let text = ''
    for (let copy = 0; text.length < 5 * 1024 * 1024; copy++) text += `Copy ${copy}\n\n${seeds[copy % seeds.length]}\n\n`
    const delay = monitorEventLoopDelay({ resolution: 5 })
    delay.enable()
    // It records a delay when its timer runs late, from its first run on: let that come first, and one more at the end.
    await sleep(20)
    const { fingerprint } = await workers.fingerprint(text)
    await sleep(20)
    delay.disable()
    expect(fingerprint.rest.length).toBe(text.length)
    // On this thread the same text holds the event loop for over a second (1.2 s here).
    expect(delay.max / 1e6).toBeLessThan(200)
  }, 60_000)
})

describe('FingerprintWorkers', () => {
  it('fails the text a worker throws on with its reason, and reads the next one in a new worker', async () => {
    const workers = pool(await standIn(), 1)
    await expect(workers.fingerprint('throw')).rejects.toThrow('the text could not be read')
    await expect(workers.fingerprint('after')).resolves.toEqual({ length: 5 })
  })

  it('fails the text whose worker dies, and reads the next one in a new worker', async () => {
    const workers = pool(await standIn(), 1)
    const [died, queued] = [workers.fingerprint('exit'), workers.fingerprint('queued')]
    await expect(died).rejects.toThrow('the analysis stopped (exit code 3)')
    await expect(queued).resolves.toEqual({ length: 6 })
  })

  it('ends its workers at shutdown: the text in hand and those waiting fail, and later ones are refused', async () => {
    const workers = pool(await standIn(), 1)
    await workers.fingerprint('started')
    const outcomes = Promise.allSettled([workers.fingerprint('hang'), workers.fingerprint('waiting')])
    await workers.shutdown()
    expect((await outcomes).map((outcome) => outcome.status === 'rejected' && (outcome.reason as Error).message)).toEqual([
      'the analysis has stopped',
      'the analysis has stopped'
    ])
    await expect(workers.fingerprint('later')).rejects.toThrow('the analysis has stopped')
  })

  it('reads as many texts at once as it has workers', async () => {
    const workers = pool(await standIn(), 2)
    const replies = await Promise.all(['a', 'bb', 'ccc', 'dddd'].map((text) => workers.fingerprint(text)))
    expect(replies).toEqual([{ length: 1 }, { length: 2 }, { length: 3 }, { length: 4 }])
  })
})
