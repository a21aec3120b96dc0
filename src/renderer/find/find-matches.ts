import { foldText } from '../../shared/search'

/** More matches than this are not worth counting one by one: the count then reads "1,000+". */
export const MATCH_LIMIT = 1000

/**
 * Every place a query occurs in a text, folded the way library search folds (case, accents, curly quotes), so
 * `"didn't"` finds `didn’t`. Folding keeps every offset, so the matches are offsets into the original text.
 */
export function findMatches(foldedText: string, query: string): { start: number; end: number }[] {
  const needle = foldText(query.trim())
  if (needle === '') return []
  const matches: { start: number; end: number }[] = []
  for (let at = foldedText.indexOf(needle); at >= 0 && matches.length < MATCH_LIMIT; at = foldedText.indexOf(needle, at + 1)) {
    matches.push({ start: at, end: at + needle.length })
  }
  return matches
}
