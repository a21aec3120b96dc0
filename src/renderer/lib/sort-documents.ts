import type { DocumentSummary } from '../../shared/model'

export type SortKey = 'title' | 'outlet' | 'date' | 'wordCount'
export type SortDirection = 'ascending' | 'descending'

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/** Sorts a copy; documents without the value sort last whichever the direction, as in Zotero. */
export function sortDocuments(documents: readonly DocumentSummary[], key: SortKey, direction: SortDirection): DocumentSummary[] {
  const sign = direction === 'ascending' ? 1 : -1
  return [...documents].sort((a, b) => {
    const x = a[key]
    const y = b[key]
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y))
    return order * sign || collator.compare(a.title, b.title)
  })
}
