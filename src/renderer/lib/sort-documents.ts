import type { DocumentSummary } from '../../shared/model'

export type SortKey = 'title' | 'outlet' | 'date' | 'wordCount'
export type SortDirection = 'ascending' | 'descending'

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/**
 * Sorts a copy; documents without the value sort last whichever the direction, as in Zotero. Outlets sort by the name
 * shown for them (`outletName`), so the hosts of one outlet sort together.
 */
export function sortDocuments(
  documents: readonly DocumentSummary[],
  key: SortKey,
  direction: SortDirection,
  outletName: (doc: DocumentSummary) => string | null
): DocumentSummary[] {
  const sign = direction === 'ascending' ? 1 : -1
  const value = (doc: DocumentSummary) => (key === 'outlet' ? outletName(doc) : doc[key])
  return [...documents].sort((a, b) => {
    const x = value(a)
    const y = value(b)
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y))
    return order * sign || collator.compare(a.title, b.title)
  })
}
