import type { Attachment } from 'svelte/attachments'

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }

/**
 * One Tab stop for a group of choices (tabs, a radio group), as the WAI-ARIA patterns have it: the arrow keys move
 * to the next or previous choice and pick it, Home and End to the first and last. The markup gives the chosen item
 * tabindex 0 and the others -1; picking is the item's own click. Left and right swap in a right-to-left layout.
 */
export function rovingFocus(items: string): Attachment<HTMLElement> {
  return (group) => {
    function onkeydown(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey) return
      const all = [...group.querySelectorAll<HTMLElement>(items)]
      const at = all.findIndex((item) => item === document.activeElement)
      if (at < 0) return
      const horizontal = event.key === 'ArrowLeft' || event.key === 'ArrowRight'
      const step = (STEPS[event.key] ?? 0) * (horizontal && getComputedStyle(group).direction === 'rtl' ? -1 : 1)
      const next = event.key === 'Home' ? 0 : event.key === 'End' ? all.length - 1 : step ? (at + step + all.length) % all.length : -1
      if (next < 0) return
      event.preventDefault()
      all[next]!.focus()
      all[next]!.click()
    }
    group.addEventListener('keydown', onkeydown)
    return () => group.removeEventListener('keydown', onkeydown)
  }
}
