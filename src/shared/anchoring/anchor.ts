import { exactOccurrences, fuzzyMatches, type Candidate } from './candidates'
import { snapToCharStart, toUtf16Offset } from './code-points'
import { choose, NEAR_DISTANCE, scoreCandidate, SCORE_THRESHOLD, type Scored } from './score'
import type { AnchorResult, Selectors } from './types'

/** Fuzzy matches may cut a surrogate pair; the range is widened to whole characters. */
function anchored(text: string, best: Scored): AnchorResult {
  const end = snapToCharStart(text, best.end)
  return {
    status: 'anchored',
    start: snapToCharStart(text, best.start),
    end: end < best.end ? end + 2 : end,
    method: best.errors === 0 ? 'quote' : 'fuzzy',
    score: best.score
  }
}

/**
 * Finds where selectors made on some text lie in `text` (possibly edited since): the stored position if
 * the quote is still there, else the quote with its context, else a fuzzy match near the old position,
 * then anywhere. Look-alike places that score within the margin of each other orphan the annotation.
 */
export function anchor(text: string, selectors: Selectors): AnchorResult {
  const { position, quote } = selectors
  if (quote.exact === '') return { status: 'orphan', reason: 'not-found' }
  const hint = toUtf16Offset(text, position.start)
  const hintEnd = toUtf16Offset(text, position.end)
  if (text.slice(hint, hintEnd) === quote.exact) {
    return { status: 'anchored', start: hint, end: hintEnd, method: 'position', score: 1 }
  }

  const score = (candidates: Candidate[]): Scored[] =>
    candidates.map((candidate) => scoreCandidate(text, candidate, quote, hint))
  const exact = score(exactOccurrences(text, quote.exact))
  const quick = choose(exact)
  if (quick.kind === 'best') return anchored(text, quick.best)
  if (quick.kind === 'ambiguous') return { status: 'orphan', reason: 'ambiguous' }

  const maxErrors = Math.min(256, Math.floor(quote.exact.length / 4))
  const radius = Math.max(NEAR_DISTANCE, quote.exact.length)
  const from = Math.max(0, hint - radius)
  const to = Math.min(text.length, hintEnd + radius)
  let fuzzy = score(fuzzyMatches(text, quote.exact, from, to, maxErrors))
  if (!fuzzy.some((candidate) => candidate.score >= SCORE_THRESHOLD)) {
    fuzzy = score(fuzzyMatches(text, quote.exact, 0, text.length, maxErrors))
  }
  const choice = choose([...exact, ...fuzzy])
  if (choice.kind === 'best') return anchored(text, choice.best)
  return { status: 'orphan', reason: choice.kind === 'none' ? 'not-found' : choice.kind }
}
