import { onDestroy } from 'svelte'

/**
 * For a popover or menu that takes the keyboard: call it as the component is created, and once the component is gone
 * the keyboard goes back to the element that had it before, if it was left on nothing (the popover's button it was on
 * went with it). A click elsewhere that closed the popover keeps the focus it gave.
 */
export function returnFocusWhenGone(): void {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
  onDestroy(() => {
    // The component's elements leave the page after its teardown, in the same update; the focus is looked at then.
    queueMicrotask(() => {
      const now = document.activeElement
      if (opener?.isConnected && (now === null || now === document.body)) opener.focus({ preventScroll: true })
    })
  })
}
