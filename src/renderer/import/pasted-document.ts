/** Where a paste goes into what is typed (a note, a tag, the search box), not into the library. */
function isTextEntry(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null)
}

/** What a paste outside any text field brings into the library: the clipboard's text. Null when it belongs to a field, or holds no text. */
export function pastedText(event: ClipboardEvent): string | null {
  if (isTextEntry(event.target)) return null
  const text = event.clipboardData?.getData('text/plain') ?? ''
  return text.trim() === '' ? null : text
}
