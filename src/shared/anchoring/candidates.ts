import search from 'approx-string-match'

/** A place in the text that may hold the quote: UTF-16 range and edit distance to the quote. */
export interface Candidate {
  start: number
  end: number
  errors: number
}

/** Every occurrence of `quote`, overlapping ones included; an indexOf loop stays fast on multi-megabyte texts. */
export function exactOccurrences(text: string, quote: string): Candidate[] {
  const found: Candidate[] = []
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 })
  }
  return found
}

function searchSpan(text: string, quote: string, from: number, to: number, maxErrors: number): Candidate[] {
  if (to - from < quote.length - maxErrors) return []
  return search(text.slice(from, to), quote, maxErrors).map((match) => ({
    start: from + match.start,
    end: from + match.end,
    errors: match.errors
  }))
}

/**
 * Approximate matches of `quote` in the UTF-16 span [from, to). approx-string-match reports only the
 * lowest-error matches, so a verbatim copy would hide an edited original; a second pass over the gaps
 * between those matches finds the runner-up, which the ambiguity check needs.
 */
export function fuzzyMatches(text: string, quote: string, from: number, to: number, maxErrors: number): Candidate[] {
  const first = searchSpan(text, quote, from, to, maxErrors).sort((a, b) => a.start - b.start)
  const second: Candidate[] = []
  let cursor = from
  for (const match of first) {
    if (match.start > cursor) second.push(...searchSpan(text, quote, cursor, match.start, maxErrors))
    cursor = Math.max(cursor, match.end)
  }
  if (first.length > 0) second.push(...searchSpan(text, quote, cursor, to, maxErrors))
  return [...first, ...second]
}
