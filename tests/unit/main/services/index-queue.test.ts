import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it, vi } from 'vitest'
import { ChangeFeed } from '../../../../src/main/change-feed'
import { IndexQueue } from '../../../../src/main/services/index-queue'

const QUIET_MS = 40

async function builtQueue(log: string[]): Promise<IndexQueue> {
  const queue = new IndexQueue(async () => void log.push('build'), QUIET_MS)
  await queue.build()
  return queue
}

describe('IndexQueue', () => {
  it('runs an update only once the changes have been quiet for a moment', async () => {
    const log: string[] = []
    const queue = await builtQueue(log)
    // The clock is the test's, so a busy machine cannot stretch the gap between the two changes past the quiet time.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
    try {
      const first = queue.update(async () => void log.push('a'))
      await vi.advanceTimersByTimeAsync(QUIET_MS / 2)
      const second = queue.update(async () => void log.push('b'))
      await vi.advanceTimersByTimeAsync(QUIET_MS * 0.75)
      // 125% of the quiet time after the first change, but the second reset the clock.
      expect(log).toEqual(['build'])
      await vi.advanceTimersByTimeAsync(QUIET_MS * 0.25)
      await Promise.all([first, second])
      expect(log).toEqual(['build', 'a', 'b'])
    } finally {
      vi.useRealTimers()
    }
  })

  it('runs every waiting update at once when a query needs them, in the order they came', async () => {
    const log: string[] = []
    const queue = await builtQueue(log)
    // With the clock stopped, only a query that does not wait for the quiet time can see the updates run.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
    try {
      for (const name of ['a', 'b', 'c']) void queue.update(async () => void log.push(name))
      await queue.settled()
      expect(log).toEqual(['build', 'a', 'b', 'c'])
    } finally {
      vi.useRealTimers()
    }
  })

  it('runs a query after the updates queued before it, and the updates queued while it pauses after it', async () => {
    const log: string[] = []
    const queue = await builtQueue(log)
    void queue.update(async () => void log.push('before'))
    const answer = queue.query(async () => {
      log.push('query starts')
      const later = queue.update(async () => void log.push('during'))
      await sleep(QUIET_MS * 2)
      log.push('query ends')
      return { later }
    })
    await (await answer).later
    expect(log).toEqual(['build', 'before', 'query starts', 'query ends', 'during'])
  })

  it('ignores updates before the index is built, since building reads the library as it is then', async () => {
    const log: string[] = []
    const queue = new IndexQueue(async () => void log.push('build'), QUIET_MS)
    await queue.update(async () => void log.push('early'))
    await queue.settled()
    expect(log).toEqual(['build'])
  })

  it('reports a failed update to its caller and goes on with the next', async () => {
    const log: string[] = []
    const queue = await builtQueue(log)
    const failed = queue.update(() => Promise.reject(new Error('text unreadable')))
    const next = queue.update(async () => void log.push('next'))
    await queue.settled()
    await expect(failed).rejects.toThrow('text unreadable')
    await next
    expect(log).toEqual(['build', 'next'])
  })

  it('builds in the background after the delay, later when the library changed meanwhile, and not at all once stopped', async () => {
    const log: string[] = []
    const queue = new IndexQueue(async () => void log.push('build'), QUIET_MS)
    const started = performance.now()
    queue.buildWhenQuiet(QUIET_MS * 2)
    await sleep(QUIET_MS)
    const changed = performance.now()
    await queue.update(async () => void log.push('before the build'))
    await sleep(QUIET_MS * 1.5)
    // Past the delay since start, but the change reset the clock.
    expect(log).toEqual([])
    await vi.waitFor(() => expect(log).toEqual(['build']))
    expect(performance.now() - changed).toBeGreaterThanOrEqual(QUIET_MS * 2)
    expect(performance.now() - started).toBeGreaterThanOrEqual(QUIET_MS * 3)
    expect(log).toEqual(['build'])

    const stopped = new IndexQueue(async () => void log.push('stopped build'), QUIET_MS)
    stopped.buildWhenQuiet(QUIET_MS)
    stopped.stop()
    await sleep(QUIET_MS * 2)
    expect(log).toEqual(['build'])
  })

  it('follows the changes of its feeds until it is stopped', async () => {
    const log: string[] = []
    const queue = await builtQueue(log)
    const feed = new ChangeFeed()
    queue.follow([feed], (change) => queue.update(async () => void log.push(`${change.kind} ${change.documentId}`)))
    feed.emit({ kind: 'added', documentId: 'd_1' })
    await queue.settled()
    queue.stop()
    feed.emit({ kind: 'removed', documentId: 'd_1' })
    await queue.settled()
    expect(log).toEqual(['build', 'added d_1'])
  })
})
