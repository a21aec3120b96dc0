import { untrack } from 'svelte'
import type { TextBlock } from '../../shared/text'

/**
 * A long text renders its first blocks at once and the rest over the next frames, so it shows without waiting. Each
 * step adds up to `STEP` blocks and `STEP_CHARACTERS` of text, so no frame builds more than a few tens of ms of it.
 */
const FIRST_BLOCKS = 60
const STEP = 500
const STEP_CHARACTERS = 200_000

/** The blocks of a text a reader has in its page, raised step by step; a new text starts over from its first blocks. */
export class ProgressiveRender {
  readonly #blocks: () => readonly TextBlock[]
  /** How far the page has been taken, and for which blocks: a count for other blocks than today's no longer holds. */
  #raised = $state.raw<{ blocks: readonly TextBlock[]; count: number } | null>(null)
  readonly count = $derived.by(() => {
    const blocks = this.#blocks()
    return this.#raised?.blocks === blocks ? this.#raised.count : Math.min(blocks.length, FIRST_BLOCKS)
  })
  readonly shown = $derived.by(() => this.#blocks().slice(0, this.count))

  /** Starts rendering the rest: created while a component is set up, it stops with the component. */
  constructor(blocks: () => readonly TextBlock[]) {
    this.#blocks = blocks
    $effect(() => {
      if (this.count >= this.#blocks().length) return
      const next = setTimeout(() => this.#raise(this.#stepFrom(this.count)), 0)
      return () => clearTimeout(next)
    })
  }

  /** Renders the block at `index` if it is not yet, with a step after it. */
  reach(index: number): void {
    untrack(() => {
      if (index >= this.count) this.#raise(Math.min(this.#blocks().length, index + STEP))
    })
  }

  #raise(count: number): void {
    this.#raised = { blocks: this.#blocks(), count }
  }

  /** How many blocks are shown once the step after the first `from` is rendered. */
  #stepFrom(from: number): number {
    const blocks = this.#blocks()
    let to = from
    let characters = 0
    while (to < blocks.length && to - from < STEP && characters < STEP_CHARACTERS) {
      characters += blocks[to]!.end - blocks[to]!.start
      to++
    }
    return to
  }
}
