import type { Snippet, TextRange } from './types'

const SNIPPET_WIDTH = 180
/** How much of the text before the first match the snippet shows, so the match reads in its sentence. */
const LEAD = 60
const ELLIPSIS = '…'

/**
 * About `width` characters of `text` around its first mark, cut at spaces, with `…` where it was cut and line breaks
 * shown as spaces. `marks` (ranges in `text`, in order) are carried over as ranges in the snippet, clipped to it.
 */
export function makeSnippet(text: string, marks: readonly TextRange[], width = SNIPPET_WIDTH): Snippet {
  const first = marks[0] ?? { start: 0, end: 0 }
  let start = Math.max(0, first.start - LEAD)
  let end = Math.min(text.length, start + width)
  start = Math.max(0, Math.min(start, end - width))
  if (start > 0 && /\S/.test(text[start - 1]!)) {
    const space = text.slice(start, first.start).search(/\s/)
    if (space !== -1) start += space + 1
  }
  if (end < text.length && /\S/.test(text[end]!)) {
    const space = text.slice(first.end, end).search(/\s\S*$/)
    if (space !== -1) end = first.end + space
  }
  const lead = start > 0 ? ELLIPSIS : ''
  const body = text.slice(start, end).replace(/\s/g, ' ')
  const shifted = marks
    .filter((mark) => mark.end > start && mark.start < end)
    .map((mark) => ({ start: Math.max(mark.start, start) - start + lead.length, end: Math.min(mark.end, end) - start + lead.length }))
  return { text: lead + body + (end < text.length ? ELLIPSIS : ''), marks: shifted }
}
