import type { Highlight, PlacedHighlight } from '../model'
import { anchor } from './anchor'
import { toCodePointOffset, toUtf16Offset } from './code-points'

/** Where a stored highlight lies in the current text, in UTF-16 units; orphans lie nowhere. */
export function placeHighlight(text: string, highlight: Highlight): PlacedHighlight {
  if (highlight.orphan) return { ...highlight, range: null }
  const range = { start: toUtf16Offset(text, highlight.position.start), end: toUtf16Offset(text, highlight.position.end) }
  return { ...highlight, range }
}

/** Finds a highlight in a changed text; one that cannot be placed with confidence becomes an orphan, selectors untouched. */
export function reanchorHighlight(text: string, highlight: Highlight): Highlight {
  if (highlight.orphan) return highlight
  const result = anchor(text, { position: highlight.position, quote: highlight.quote })
  if (result.status === 'orphan') return { ...highlight, orphan: result.reason }
  const position = { start: toCodePointOffset(text, result.start), end: toCodePointOffset(text, result.end) }
  return { ...highlight, position }
}
