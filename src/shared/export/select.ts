import { hasTag, normalizeTag } from '../tags'
import type { Category } from '../model'
import { byTextOrder } from '../text-order'
import type { ExportDocument, ExportOptions } from './types'

/** A comparison that does not depend on the locale of the machine, so exports are the same everywhere. */
export function compareText(a: string, b: string): number {
  const la = a.toLowerCase()
  const lb = b.toLowerCase()
  if (la !== lb) return la < lb ? -1 : 1
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Applies the tag filter and sorts every document's highlights into text order.
 * With a filter, a document stays only if it or one of its highlights carries the tag.
 */
export function selectDocuments(docs: readonly ExportDocument[], options: ExportOptions): ExportDocument[] {
  const wanted = options.tag === undefined ? '' : normalizeTag(options.tag)
  const selected: ExportDocument[] = []
  for (const doc of docs) {
    const highlights = doc.highlights.filter((h) => !wanted || hasTag(h.tags, wanted)).sort(byTextOrder)
    if (wanted && highlights.length === 0 && !hasTag(doc.meta.tags, wanted)) continue
    selected.push({ ...doc, highlights })
  }
  return selected
}

/** The category's name, or its id when the palette no longer has it, so the export still says something. */
export function categoryName(categories: readonly Category[], id: string): string {
  return categories.find((category) => category.id === id)?.name ?? id
}

/** A link the app opens at a passage; every part is percent-encoded, parentheses too, so it is safe inside a Markdown link. */
export function passageLink(documentId: string, start: number, end: number): string {
  const doc = encodeURIComponent(documentId).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `parallax://open?doc=${doc}&start=${start}&end=${end}`
}
