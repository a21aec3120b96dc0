import { DEFAULT_LIMIT, MAX_LIMIT, parseQuery, type QueryClause, type SearchQuery, type SearchResults } from '../../shared/search'
import { tagKey } from '../../shared/tags'
import { documentGroup } from './hits'
import type { PassageTable } from './passage-table'
import type { Passage } from './indexed-passages'
import { rank } from './rank'
import type { Lookup, TermIndex } from './term-index'

export interface SearchSource {
  terms: TermIndex
  passages: PassageTable
  /** One more than the highest document slot. */
  slotCount: number
}

/**
 * Answers a query: the index gives the passages that match (for a phrase, those where its words follow one another),
 * the filters keep some, the documents are ranked, and the passages of the best are read for the hits to show.
 */
export function find(source: SearchSource, query: SearchQuery): Omit<SearchResults, 'tookMs'> {
  const found = lookUp(source.terms, parseQuery(query.text))
  if (!found) return { groups: [], total: 0 }
  const ids = accepted(source.terms.candidates(found), source.passages, query)
  const limit = Math.min(MAX_LIMIT, Math.max(1, query.limit ?? DEFAULT_LIMIT))
  const { best, total } = rank(ids, source.passages, source.slotCount, limit)
  const clauses = found.map((clause) => clause.map((word) => word.match))
  return { groups: best.map((candidates) => documentGroup(candidates, clauses, source.passages)), total }
}

/** Each query word looked up in the index; null when there is none, or some word is nowhere in the index. */
function lookUp(terms: TermIndex, clauses: QueryClause[]): Lookup[][] | null {
  const found: Lookup[][] = []
  for (const clause of clauses) {
    const words: Lookup[] = []
    for (const word of clause) {
      const lookup = terms.lookup(word)
      if (!lookup) return null
      words.push(lookup)
    }
    found.push(words)
  }
  return found.length > 0 ? found : null
}

/** The candidates that pass the query's filters. */
function accepted(ids: Uint32Array, passages: PassageTable, query: SearchQuery): Uint32Array {
  const outlet = query.outlet?.toLocaleLowerCase()
  const tag = query.tag === undefined ? undefined : tagKey(query.tag)
  if (!query.documentId && !outlet && !tag && !query.categoryId && !query.notesOnly) return ids
  const accepts = (passage: Passage): boolean => {
    const highlight = passage.kind === 'text' ? null : passage.highlight
    return (
      (!query.documentId || passage.doc.id === query.documentId) &&
      (!outlet || passage.doc.outletKey === outlet) &&
      (!query.categoryId || highlight?.categoryId === query.categoryId) &&
      (!query.notesOnly || passage.kind === 'note') &&
      (!tag || passage.doc.tagKeys.includes(tag) || highlight?.tagKeys.includes(tag) === true)
    )
  }
  return ids.filter((id) => accepts(passages.at(id)!))
}
