/** Where a paste goes into what is typed (a note, a tag, the search box), not into the library. */
function isTextEntry(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null)
}

/** What a paste brings into the library, as the file it would have been. */
export interface PastedDocument {
  name: string
  content: string
}

/**
 * What a paste outside any text field brings into the library: a copied page or part of one (the clipboard's HTML,
 * read as a saved web page is), else its text. Ctrl+Shift+V, Chromium's paste as plain text, hands over the text only.
 * Null when the paste belongs to a field, or holds nothing.
 */
export function pastedDocument(event: ClipboardEvent): PastedDocument | null {
  if (isTextEntry(event.target)) return null
  const html = event.clipboardData?.getData('text/html') ?? ''
  // Sent as UTF-8 whatever charset the copied markup names, so a byte order mark says so: it outranks a <meta charset>.
  if (html.trim() !== '') return { name: 'Pasted page.html', content: `\uFEFF${html}` }
  const text = event.clipboardData?.getData('text/plain') ?? ''
  return text.trim() === '' ? null : { name: 'Pasted text.txt', content: text }
}
