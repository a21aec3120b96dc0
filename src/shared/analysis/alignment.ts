import { sentenceCount, type CorpusIndex, type IndexedDocument } from './corpus-index'
import { matchSentence, weigh } from './similarity'
import type { Counterpart, Passage, Span } from './types'

export interface Alignment {
  sentences: Passage[]
  paragraphs: Passage[]
}

function sentenceSpan(doc: IndexedDocument, sentence: number): Span & { paragraph: number } {
  return { start: doc.sentences[sentence * 3]!, end: doc.sentences[sentence * 3 + 1]!, paragraph: doc.sentences[sentence * 3 + 2]! }
}

function byScore(counterparts: Iterable<Counterpart>): Counterpart[] {
  return [...counterparts].sort((a, b) => b.score - a.score || a.documentId.localeCompare(b.documentId))
}

/** Keeps the better of two counterparts in the same document. */
function keepBest(best: Map<string, Counterpart>, candidate: Counterpart): void {
  const known = best.get(candidate.documentId)
  if (!known || candidate.score > known.score) best.set(candidate.documentId, candidate)
}

/** The counterparts of one sentence: its best match in each other document. */
function sentenceCounterparts(index: CorpusIndex, doc: IndexedDocument, sentence: number): { counterpart: Counterpart; paragraph: Counterpart }[] {
  return matchSentence(index, weigh(index, doc, sentence), doc.slot).map((match) => {
    const other = index.at(match.slot)!
    const { start, end, paragraph } = sentenceSpan(other, match.sentence)
    const block = other.fingerprint.paragraphs[paragraph]!
    return {
      counterpart: { documentId: other.id, start, end, score: match.score },
      paragraph: { documentId: other.id, start: block.start, end: block.end, score: match.score }
    }
  })
}

/**
 * Every sentence and paragraph of a document with its counterparts in the others. A paragraph's counterpart in a
 * document is the paragraph holding its sentences' best match there, so scroll can be locked paragraph by paragraph.
 */
export function alignDocument(index: CorpusIndex, doc: IndexedDocument): Alignment {
  const paragraphBest = doc.fingerprint.paragraphs.map(() => new Map<string, Counterpart>())
  const sentences: Passage[] = []
  for (let sentence = 0; sentence < sentenceCount(doc); sentence++) {
    const { start, end, paragraph } = sentenceSpan(doc, sentence)
    const found = sentenceCounterparts(index, doc, sentence)
    for (const match of found) keepBest(paragraphBest[paragraph]!, match.paragraph)
    sentences.push({ start, end, carriers: 1 + found.length, counterparts: found.map((match) => match.counterpart) })
  }
  const paragraphs = doc.fingerprint.paragraphs.map((span, index) => ({
    ...span,
    carriers: 1 + paragraphBest[index]!.size,
    counterparts: byScore(paragraphBest[index]!.values())
  }))
  return { sentences, paragraphs }
}

/** The counterparts of whatever sentences overlap [start, end): what the reader marks when a passage is hovered or selected. */
export function counterpartsOf(index: CorpusIndex, doc: IndexedDocument, start: number, end: number): Counterpart[] {
  const best = new Map<string, Counterpart>()
  for (let sentence = 0; sentence < sentenceCount(doc); sentence++) {
    const span = sentenceSpan(doc, sentence)
    const overlaps = span.start < end && start < span.end
    const inside = start === end && span.start <= start && start <= span.end
    if (!overlaps && !inside) continue
    for (const match of sentenceCounterparts(index, doc, sentence)) keepBest(best, match.counterpart)
  }
  return byScore(best.values())
}
