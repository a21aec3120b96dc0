/** Where a paste goes into what is typed (a note, a tag, the search box), not into the library. */
function isTextEntry(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null)
}

/**
 * A `<meta>` tag, its quoted values read whole. Copied markup is sent as UTF-8 whatever page it came from, so one naming
 * a charset (`<meta charset>`, or `http-equiv="Content-Type"` with `content="…; charset=…"`) is taken out: left in, it
 * would have the page read in that charset. The markup is not parsed into a DOM for this: under the renderer's
 * `style-src 'self'` each inline style in it (Chromium inlines them all on copy) would be reported as a violation.
 */
const META = /<meta\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi

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
  if (html.trim() !== '') return { name: 'Pasted page.html', content: html.replace(META, (tag) => (/charset/i.test(tag) ? '' : tag)) }
  const text = event.clipboardData?.getData('text/plain') ?? ''
  return text.trim() === '' ? null : { name: 'Pasted text.txt', content: text }
}
