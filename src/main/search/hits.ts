import { makeSnippet, matchClauses, type SearchGroup, type SearchHit, type TextRange, type WordMatch } from '../../shared/search'
import type { PassageTable } from './passage-table'
import type { Passage } from './indexed-passages'

const HITS_PER_GROUP = 5

/**
 * A document's group, given its passages that match (the index decides, phrases included): how many there are, and
 * the first few in reading order as hits, each checked in its own words for the marks of its snippet and the place
 * in the document to go to.
 */
export function documentGroup(matching: number[], clauses: readonly WordMatch[][], passages: PassageTable): SearchGroup {
  const ordered = matching.map((id) => ({ id, at: readingOrder(passages.at(id)!) })).sort((a, b) => a.at - b.at)
  const hits: SearchHit[] = []
  for (const { id } of ordered) {
    if (hits.length === HITS_PER_GROUP) break
    const hit = hitOf(id, clauses, passages)
    if (hit) hits.push(hit)
  }
  const { doc } = passages.at(matching[0]!)!
  return { documentId: doc.id, title: doc.title, outlet: doc.outlet, hitCount: matching.length, hits }
}

function hitOf(id: number, clauses: readonly WordMatch[][], passages: PassageTable): SearchHit | null {
  const marks = matchClauses(passages.folded(id), clauses)
  if (!marks) return null
  const passage = passages.at(id)!
  return {
    kind: passage.kind,
    range: rangeInDocument(passage, marks[0]!),
    highlightId: passage.kind === 'text' ? null : (passage.highlight?.id ?? null),
    snippet: makeSnippet(passages.text(id), marks)
  }
}

/** Where a hit sends the reader: the matched words when the passage is part of the text, else the highlight it belongs to. */
function rangeInDocument(passage: Passage, mark: TextRange): TextRange | null {
  if (passage.kind === 'text') return { start: passage.start + mark.start, end: passage.start + mark.end }
  const placed = passage.highlight?.range ?? null
  if (!placed) return null
  if (passage.kind === 'highlight') return { start: placed.start + mark.start, end: placed.start + mark.end }
  return placed
}

/** Titles and outlets first, then hits in the order of the text; a document's own note and tags right after its title. */
function readingOrder(passage: Passage): number {
  if (passage.kind === 'title') return -3
  if (passage.kind === 'outlet') return -2
  if (passage.kind === 'text') return passage.start
  return passage.highlight?.range?.start ?? -1
}
