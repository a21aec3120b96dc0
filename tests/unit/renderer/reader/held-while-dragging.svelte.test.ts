import { flushSync } from 'svelte'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { HeldWhileDragging } from '../../../../src/renderer/reader/held-while-dragging.svelte'

/** A pointer event as far as the holder reads it: its type and its button. */
function pointer(type: string, button = 0): Event {
  return Object.assign(new Event(type), { button })
}

describe('HeldWhileDragging', () => {
  let page: EventTarget
  beforeEach(() => {
    page = new EventTarget()
    vi.stubGlobal('window', page)
  })
  afterEach(() => vi.unstubAllGlobals())

  function holding() {
    const source = $state({ value: 'before' })
    const text = new EventTarget()
    let held!: HeldWhileDragging<string>
    let detach = () => {}
    const stop = $effect.root(() => {
      held = new HeldWhileDragging(() => source.value)
      detach = held.holdsOnPress(text as HTMLElement) ?? detach
    })
    flushSync()
    return { source, text, held, detach: () => detach(), stop }
  }

  it('keeps the value it had at the press while the button is down, and takes the new one at the release', () => {
    const { source, text, held, stop } = holding()
    text.dispatchEvent(pointer('pointerdown'))
    source.value = 'arrived mid-drag'
    flushSync()
    expect(held.current).toBe('before')
    page.dispatchEvent(pointer('pointerup'))
    flushSync()
    expect(held.current).toBe('arrived mid-drag')
    stop()
  })

  it('follows the value when no button is down, or only another button than the primary one', () => {
    const { source, text, held, stop } = holding()
    source.value = 'first'
    flushSync()
    expect(held.current).toBe('first')
    text.dispatchEvent(pointer('pointerdown', 2))
    source.value = 'second'
    flushSync()
    expect(held.current).toBe('second')
    stop()
  })

  it('lets go when the browser cancels the drag', () => {
    const { source, text, held, stop } = holding()
    text.dispatchEvent(pointer('pointerdown'))
    source.value = 'late'
    page.dispatchEvent(pointer('pointercancel'))
    flushSync()
    expect(held.current).toBe('late')
    stop()
  })

  it('once detached from the element, holds nothing more', () => {
    const { source, text, held, detach, stop } = holding()
    detach()
    text.dispatchEvent(pointer('pointerdown'))
    source.value = 'after'
    flushSync()
    expect(held.current).toBe('after')
    stop()
  })
})
