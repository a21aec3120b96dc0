/**
 * A value that stays as it was when the primary button was pressed in an element, until it is released anywhere: what
 * arrives in the middle of a drag and changes the layout (an analysis folding boilerplate above the passage) waits, so
 * the text does not move under the mouse.
 */
export class HeldWhileDragging<T> {
  readonly #live: () => T
  #held = $state.raw<{ value: T } | null>(null)
  readonly current = $derived.by(() => (this.#held ? this.#held.value : this.#live()))

  constructor(live: () => T) {
    this.#live = live
  }

  /** Attached to the element a drag starts in. */
  readonly holdsOnPress = (element: HTMLElement) => {
    const press = (event: PointerEvent) => {
      if (event.button === 0) this.#held = { value: this.current }
    }
    const release = () => (this.#held = null)
    element.addEventListener('pointerdown', press)
    window.addEventListener('pointerup', release, true)
    window.addEventListener('pointercancel', release, true)
    return () => {
      element.removeEventListener('pointerdown', press)
      window.removeEventListener('pointerup', release, true)
      window.removeEventListener('pointercancel', release, true)
    }
  }
}
