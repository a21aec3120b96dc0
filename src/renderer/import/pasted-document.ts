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
  if (html.trim() !== '') return { name: 'Pasted page.html', content: withoutCharset(html) }
  const text = event.clipboardData?.getData('text/plain') ?? ''
  return text.trim() === '' ? null : { name: 'Pasted text.txt', content: text }
}

/**
 * The copied markup without the charset it names (`<meta charset>`, `<meta http-equiv="Content-Type">`): it is sent as
 * UTF-8 whatever the page it came from was written in, so a declaration left in would have it read in that encoding.
 */
function withoutCharset(html: string): string {
  const page = new DOMParser().parseFromString(html, 'text/html')
  for (const meta of page.querySelectorAll('meta[charset], meta[http-equiv="content-type" i]')) meta.remove()
  return page.documentElement.outerHTML
}
