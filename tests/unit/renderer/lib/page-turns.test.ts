import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

/** The page as the helpers see it: a clock the test moves, frames it paints when it says, and `scheduler.yield`. */
function page() {
  let now = 0
  const frames: FrameRequestCallback[] = []
  const yields = vi.fn(() => Promise.resolve())
  vi.spyOn(performance, 'now').mockImplementation(() => now)
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback))
  vi.stubGlobal('scheduler', { yield: yields })
  return {
    yields,
    workFor: (ms: number) => (now += ms),
    paint: () => frames.splice(0).forEach((callback) => callback(now))
  }
}

/** Whether a promise has settled once the tasks queued so far have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false
  void promise.then(() => (done = true))
  await new Promise((resolve) => setTimeout(resolve, 10))
  return done
}

describe('yieldToPage', () => {
  beforeEach(() => vi.resetModules())
  afterEach(() => {
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
  })

  it('lets input in at once while the work is young, and waits for a paint once it has held the page for 24 ms', async () => {
    const { yields, workFor, paint } = page()
    const { yieldToPage } = await import('../../../../src/renderer/lib/page-turns')
    workFor(8)
    await yieldToPage()
    workFor(8)
    await yieldToPage()
    expect(yields).toHaveBeenCalledTimes(2)

    workFor(10)
    const turn = yieldToPage()
    expect(await settled(turn)).toBe(false)
    paint()
    expect(await settled(turn)).toBe(true)
    expect(yields).toHaveBeenCalledTimes(2)

    // The paint starts the count again.
    workFor(8)
    await yieldToPage()
    expect(yields).toHaveBeenCalledTimes(3)
  })

  it('counts from the last frame the page painted on its own', async () => {
    const { yields, workFor, paint } = page()
    const { yieldToPage } = await import('../../../../src/renderer/lib/page-turns')
    workFor(20)
    await yieldToPage()
    paint()
    workFor(20)
    await yieldToPage()
    expect(yields).toHaveBeenCalledTimes(2)
  })
})

describe('afterNextPaint', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('goes on after 100 ms on a page that paints no frames, as a hidden one does', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 0)
    const { afterNextPaint } = await import('../../../../src/renderer/lib/page-turns')
    const started = Date.now()
    await afterNextPaint()
    expect(Date.now() - started).toBeGreaterThanOrEqual(95)
  })
})
