import { isWordAt, wordEndFrom } from './tokenize'
import type { TextRange } from './types'

/** What a query word matches once looked up in the index: every word it begins, or a list of words (itself, or its corrections). */
export type WordMatch = { prefix: string } | { terms: readonly string[] }

function accepts(word: WordMatch, term: string): boolean {
  return 'prefix' in word ? term.startsWith(word.prefix) : word.terms.includes(term)
}

/**
 * Where a clause's words stand one after the other in a folded text, each a whole word as `tokenize` cuts them, with
 * anything but letters and digits between them. The first word is found with `indexOf` and the rest are read off
 * from there: no per-query pattern to compile, which costs more than checking a hundred passages.
 */
function clauseRanges(text: string, clause: readonly WordMatch[]): TextRange[] {
  const [first, ...rest] = clause
  if (!first) return []
  const ranges: TextRange[] = []
  for (const needle of 'prefix' in first ? [first.prefix] : first.terms) {
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      let end = wordEndFrom(text, at)
      if (end === -1 || !accepts(first, text.slice(at, end))) continue
      const followed = rest.every((word) => {
        let start = end
        while (start < text.length && !isWordAt(text, start)) start++
        if (start === text.length) return false
        end = wordEndFrom(text, start)
        return end !== -1 && accepts(word, text.slice(start, end))
      })
      if (followed) ranges.push({ start: at, end })
    }
  }
  return ranges
}

/** Where every clause matches in a folded text, as ranges in text order with overlaps merged; null when some clause does not match. */
export function matchClauses(folded: string, clauses: readonly (readonly WordMatch[])[]): TextRange[] | null {
  const ranges: TextRange[] = []
  for (const clause of clauses) {
    const found = clauseRanges(folded, clause)
    if (found.length === 0) return null
    ranges.push(...found)
  }
  return mergeRanges(ranges)
}

function mergeRanges(ranges: TextRange[]): TextRange[] {
  const merged: TextRange[] = []
  for (const range of ranges.sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1)
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
    else merged.push(range)
  }
  return merged
}
