import { fromSentenceKey, sentenceCount, sentenceKey, type CorpusIndex, type IndexedDocument } from './corpus-index'

/** A sentence as a TF-IDF vector: term id to weight, and the vector's length. */
export interface Weighted {
  weights: Map<number, number>
  norm: number
}

/** A sentence of another document that says what the asked-about sentence says. */
export interface SentenceMatch {
  slot: number
  sentence: number
  score: number
}

/**
 * Two sentences are the same passage when their TF-IDF cosine reaches this and they share at least `MIN_SHARED`
 * terms: one shared word between two headlines is chance. Read against the seed corpus, pairs at this level report
 * the same remark or fact in other words; below it, pairs share only the story's vocabulary (Hamas, hostages, release).
 */
const MATCH_THRESHOLD = 0.25
const MIN_SHARED = 3
/** Candidates scored in full per sentence: those sharing the most weight of rare terms with it. */
const CANDIDATES_PER_SENTENCE = 32

export function weigh(index: CorpusIndex, doc: IndexedDocument, sentence: number): Weighted {
  const weights = new Map<number, number>()
  for (let at = doc.termStarts[sentence]!; at < doc.termStarts[sentence + 1]!; at++) {
    const termId = doc.termIds[at]!
    weights.set(termId, (weights.get(termId) ?? 0) + index.idf(termId))
  }
  let squares = 0
  for (const weight of weights.values()) squares += weight * weight
  return { weights, norm: Math.sqrt(squares) }
}

/** Cosine of two sentences, or 0 when they share fewer than `MIN_SHARED` terms. */
export function similarity(a: Weighted, b: Weighted): number {
  if (a.norm === 0 || b.norm === 0) return 0
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a]
  let dot = 0
  let shared = 0
  for (const [termId, weight] of small.weights) {
    const other = large.weights.get(termId)
    if (other === undefined) continue
    dot += weight * other
    shared++
  }
  return shared < MIN_SHARED ? 0 : dot / (a.norm * b.norm)
}

/**
 * Sentences of other documents whose TF-IDF cosine with `query` reaches the threshold, the best one per document.
 * Candidates come from the query's rarer terms through the inverted index; only the most promising are scored in full.
 */
export function matchSentence(index: CorpusIndex, query: Weighted, exceptSlot: number): SentenceMatch[] {
  if (query.weights.size < MIN_SHARED) return []
  const partial = new Map<number, number>()
  for (const [termId, weight] of query.weights) {
    if (!index.isRare(termId)) continue
    index.postings(termId)?.forEach((slot, sentence) => {
      if (slot === exceptSlot) return
      const key = sentenceKey(slot, sentence)
      partial.set(key, (partial.get(key) ?? 0) + weight)
    })
  }
  const best = new Map<number, SentenceMatch>()
  const promising = [...partial].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES_PER_SENTENCE)
  for (const [key] of promising) {
    const { slot, sentence } = fromSentenceKey(key)
    const doc = index.at(slot)
    if (!doc || sentence >= sentenceCount(doc)) continue
    const candidate = weigh(index, doc, sentence)
    const score = similarity(query, candidate)
    if (score >= MATCH_THRESHOLD && score > (best.get(slot)?.score ?? 0)) best.set(slot, { slot, sentence, score })
  }
  return [...best.values()].sort((a, b) => b.score - a.score)
}
