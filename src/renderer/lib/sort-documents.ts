import type { DocumentSummary } from '../../shared/model'

export type SortKey = 'title' | 'outlet' | 'date' | 'wordCount'
export type SortDirection = 'ascending' | 'descending'

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/** The library's order by `key`, documents without the value last whichever the direction, then by title. */
export function documentOrder(
  key: SortKey,
  direction: SortDirection,
  outletName: (doc: DocumentSummary) => string | null
): (a: DocumentSummary, b: DocumentSummary) => number {
  const sign = direction === 'ascending' ? 1 : -1
  const value = (doc: DocumentSummary) => (key === 'outlet' ? outletName(doc) : doc[key])
  return (a, b) => {
    const x = value(a)
    const y = value(b)
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y))
    return order * sign || collator.compare(a.title, b.title)
  }
}

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
  return [...documents].sort(documentOrder(key, direction, outletName))
}

/**
 * `sorted` with `added` put in their places, in `order`: the few added sorted, then the two merged, each document of
 * `sorted` compared once, not sorted again. The merge keeps `sorted` first among equals, as a stable sort would.
 */
export function mergeSorted<T>(sorted: readonly T[], added: readonly T[], order: (a: T, b: T) => number): T[] {
  const incoming = [...added].sort(order)
  const merged: T[] = []
  let at = 0
  for (const doc of incoming) {
    while (at < sorted.length && order(sorted[at]!, doc) <= 0) merged.push(sorted[at++]!)
    merged.push(doc)
  }
  while (at < sorted.length) merged.push(sorted[at++]!)
  return merged
}
