import type { Candidate } from './candidates'
import { editSimilarity } from './edit-similarity'
import type { TextQuote } from './types'

/**
 * The quote dominates; context on each side is what tells repeated sentences apart. Position weighs less than
 * the ambiguity margin, so closeness alone can never settle a tie between look-alikes.
 */
const WEIGHTS = { quote: 0.56, prefix: 0.2, suffix: 0.2, position: 0.04 }

/** Below this a place is not trusted: an exact quote that kept neither side of its context and moved far scores under it. */
export const SCORE_THRESHOLD = 0.7

/** Two places scoring within this of each other look alike: the annotation is orphaned rather than guessed. */
export const AMBIGUITY_MARGIN = 0.05

/** Half-width, in UTF-16 units, of the region around the old position searched first, and of position scoring. */
export const NEAR_DISTANCE = 4096

export interface Scored extends Candidate {
  score: number
}

export function scoreCandidate(text: string, candidate: Candidate, quote: TextQuote, hint: number): Scored {
  const { start, end, errors } = candidate
  const quoteScore = 1 - errors / quote.exact.length
  const prefixScore = editSimilarity(text.slice(Math.max(0, start - quote.prefix.length), start), quote.prefix)
  const suffixScore = editSimilarity(text.slice(end, end + quote.suffix.length), quote.suffix)
  const positionScore = Math.max(0, 1 - Math.abs(start - hint) / NEAR_DISTANCE)
  const score =
    WEIGHTS.quote * quoteScore +
    WEIGHTS.prefix * prefixScore +
    WEIGHTS.suffix * suffixScore +
    WEIGHTS.position * positionScore
  return { ...candidate, score }
}

export type Choice =
  | { kind: 'best'; best: Scored }
  | { kind: 'ambiguous' }
  | { kind: 'low-score' }
  | { kind: 'none' }

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end
}

/** Picks the best-scoring place; overlapping candidates are one place found twice, not rivals. */
export function choose(scored: Scored[]): Choice {
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.start - b.start)
  const best = ranked[0]
  if (!best) return { kind: 'none' }
  if (best.score < SCORE_THRESHOLD) return { kind: 'low-score' }
  const rival = ranked.find((other) => !overlaps(other, best))
  if (rival && best.score - rival.score < AMBIGUITY_MARGIN) return { kind: 'ambiguous' }
  return { kind: 'best', best }
}
