import { flushSync } from 'svelte'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { TextBlock } from '../../../../src/shared/text'
import { ProgressiveRender } from '../../../../src/renderer/reader/progressive-render.svelte'

function blocksOf(count: number, length: number): TextBlock[] {
  return Array.from({ length: count }, (_, i) => ({ start: i * length, end: (i + 1) * length }))
}

/** A text's blocks as a reader receives them, and its progressive rendering, stopped at the end of the test. */
function rendering(blocks: TextBlock[]) {
  const source = $state({ blocks })
  let render!: ProgressiveRender
  const stop = $effect.root(() => {
    render = new ProgressiveRender(() => source.blocks)
  })
  flushSync()
  return { source, render, stop }
}

/** Lets the next frame be painted, and the page take in the step that waited for it (in a task after that frame). */
async function nextStep() {
  await vi.advanceTimersToNextFrame()
  await vi.advanceTimersByTimeAsync(1)
  flushSync()
}

describe('ProgressiveRender', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] }))
  afterEach(() => vi.useRealTimers())

  it('shows the first 60 blocks at once, then 500 more a step, up to the last', async () => {
    const { render, stop } = rendering(blocksOf(1200, 10))
    expect(render.count).toBe(60)
    expect(render.shown).toHaveLength(60)
    await nextStep()
    expect(render.count).toBe(560)
    await nextStep()
    await nextStep()
    expect(render.count).toBe(1200)
    await nextStep()
    expect(render.count).toBe(1200)
    stop()
  })

  it('adds a step only once the page has painted a frame since the last one, so no frame lays out two', async () => {
    const { render, stop } = rendering(blocksOf(1200, 10))
    await vi.advanceTimersByTimeAsync(10)
    expect(render.count).toBe(60)
    await nextStep()
    expect(render.count).toBe(560)
    await vi.advanceTimersByTimeAsync(10)
    expect(render.count).toBe(560)
    stop()
  })

  it('shows no more than 50,000 characters at first, and takes no more than 100,000 a step', async () => {
    const { render, stop } = rendering(blocksOf(1000, 1000))
    expect(render.count).toBe(50)
    await nextStep()
    expect(render.count).toBe(150)
    stop()
  })

  it('shows the first block at once however long it is', async () => {
    const { render, stop } = rendering(blocksOf(4, 80_000))
    expect(render.count).toBe(1)
    await nextStep()
    expect(render.count).toBe(3)
    stop()
  })

  it('renders the blocks up to one asked for at once when they are few, and leaves one already shown as it is', async () => {
    const { render, stop } = rendering(blocksOf(8000, 10))
    render.reach(1500)
    flushSync()
    // One step toward it, of up to 5,000 blocks: 60 + 5,000.
    expect(render.count).toBe(5060)
    render.reach(100)
    flushSync()
    expect(render.count).toBe(5060)
    stop()
  })

  it('takes a long text to a block asked for far down it a million characters a step, then steps as usual', async () => {
    const { render, stop } = rendering(blocksOf(1050, 10_000))
    expect(render.count).toBe(5)
    render.reach(1000)
    flushSync()
    expect(render.count).toBe(105)
    for (let step = 0; step < 9; step++) await nextStep()
    expect(render.count).toBe(1005)
    await nextStep()
    expect(render.count).toBe(1015)
    stop()
  })

  it('starts over from the first blocks when the text changes', async () => {
    const { source, render, stop } = rendering(blocksOf(3000, 10))
    render.reach(1500)
    flushSync()
    source.blocks = blocksOf(3000, 12)
    flushSync()
    expect(render.count).toBe(60)
    expect(render.shown[0]).toBe(source.blocks[0])
    stop()
  })
})
