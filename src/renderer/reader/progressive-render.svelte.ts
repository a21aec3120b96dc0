import { untrack } from 'svelte'
import type { TextBlock } from '../../shared/text'
import { afterNextPaint } from '../lib/page-turns'

/** How much one render adds at most: blocks, and characters. */
interface Step {
  blocks: number
  characters: number
}

/**
 * A long text renders its first blocks at once and the rest over the next frames, so it shows without waiting. The
 * first render and each step after it are capped in blocks and in characters: laying out the text is what a frame
 * spends its time on, and the first 60 blocks of a 10 MB line cut into 10,000-character blocks took one frame of over
 * 100 ms (issue 15's trace: 45 ms of style and 12 ms of layout forced in one task). 50,000 characters fill some fifteen
 * screens, so the first one never waits for the second step.
 */
const FIRST: Step = { blocks: 60, characters: 50_000 }
const STEP: Step = { blocks: 500, characters: 100_000 }
/**
 * The steps toward a block asked for far down a long text (a search hit near the end of a 10 MB line): the blocks
 * above it are added a million characters a frame rather than all in one, which held a frame for over 200 ms. They
 * are mostly off screen, where their layout waits (content-visibility).
 */
const REACH_STEP: Step = { blocks: 5_000, characters: 1_000_000 }

/** The blocks of a text a reader has in its page, raised step by step; a new text starts over from its first blocks. */
export class ProgressiveRender {
  readonly #blocks: () => readonly TextBlock[]
  /** How far the page has been taken, and for which blocks: a count for other blocks than today's no longer holds. */
  #raised = $state.raw<{ blocks: readonly TextBlock[]; count: number } | null>(null)
  /** The block asked for that the page is being taken to, in the blocks it was asked for in. */
  #reaching: { blocks: readonly TextBlock[]; index: number } | null = null
  readonly count = $derived.by(() => {
    const blocks = this.#blocks()
    return this.#raised?.blocks === blocks ? this.#raised.count : stepEnd(blocks, 0, FIRST)
  })
  readonly shown = $derived.by(() => this.#blocks().slice(0, this.count))

  /** Starts rendering the rest: created while a component is set up, it stops with the component. */
  constructor(blocks: () => readonly TextBlock[]) {
    this.#blocks = blocks
    $effect(() => {
      if (this.count >= this.#blocks().length) return
      let stopped = false
      void afterNextPaint().then(() => {
        if (!stopped) this.#raise(stepEnd(this.#blocks(), this.count, this.#stepNow()))
      })
      return () => {
        stopped = true
      }
    })
  }

  /** Renders the blocks up to the one at `index` if it is not shown yet: at once when they are few, else over a few frames. */
  reach(index: number): void {
    untrack(() => {
      if (index < this.count) return
      this.#reaching = { blocks: this.#blocks(), index }
      this.#raise(stepEnd(this.#blocks(), this.count, REACH_STEP))
    })
  }

  /** The step to take next: toward a block asked for while it is not shown, else the usual one. */
  #stepNow(): Step {
    const reaching = this.#reaching
    return reaching?.blocks === this.#blocks() && reaching.index >= this.count ? REACH_STEP : STEP
  }

  #raise(count: number): void {
    this.#raised = { blocks: this.#blocks(), count }
  }
}

/** How many blocks are shown once a step of at most `limit` after the first `from` is rendered; a step holds at least one block. */
function stepEnd(blocks: readonly TextBlock[], from: number, limit: Step): number {
  let to = from
  let characters = 0
  while (to < blocks.length && to - from < limit.blocks && characters < limit.characters) {
    characters += blocks[to]!.end - blocks[to]!.start
    to++
  }
  return to
}
