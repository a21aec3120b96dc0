import type { Category, Highlight } from '../model'
import { escapeLine, escapeText, neutraliseNote, safeTag } from './escape'
import { categoryName, passageLink } from './select'

export interface HighlightContext {
  category: string
  /** Set when highlights of several documents share a heading, so each says where it comes from. */
  documentTitle?: string
  /** The outlet of the highlight's document, when the report names it beside each highlight. */
  outlet?: string
  /** Whether the highlight ends with its parallax:// link and character offsets. */
  link: boolean
}

/** Every line behind `> `, blank ones as a bare `>` so the paragraphs stay in one quote. */
export function blockquote(text: string): string {
  return escapeText(text)
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n')
}

/** The note under `- Note:`, indented two spaces on every line so it all stays in that list item. */
function noteItem(note: string): string {
  const lines = neutraliseNote(note)
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : `  ${line}`))
  return ['- Note:', ...lines].join('\n')
}

/** One highlight: the passage as a quote, then what the user said about it as a list. */
export function highlightBlock(h: Highlight, context: HighlightContext): string {
  const items: string[] = []
  if (context.documentTitle !== undefined) items.push(`- Document: ${escapeLine(context.documentTitle)}`)
  if (context.outlet !== undefined) items.push(`- Outlet: ${escapeLine(context.outlet)}`)
  items.push(`- Category: ${escapeLine(context.category)}`)
  if (h.tags.length > 0) items.push(`- Tags: ${h.tags.map((tag) => `#${safeTag(tag)}`).join(' ')}`)
  if (h.note.trim() !== '') items.push(noteItem(h.note))
  if (h.orphan !== null) items.push(`- Orphaned: ${h.orphan}`)
  const { start, end } = h.position
  if (context.link) items.push(`- Link: [open in Parallax](${passageLink(h.documentId, start, end)}) (characters ${start}–${end})`)
  return `${blockquote(h.quote.exact)}\n\n${items.join('\n')}`
}

/** Highlights as "Copy as Markdown" puts them on the clipboard: the export's blocks, naming documents when there are several. */
export function highlightsMarkdown(highlights: readonly Highlight[], categories: readonly Category[], titleOf: (documentId: string) => string): string {
  const several = new Set(highlights.map((h) => h.documentId)).size > 1
  return `${highlights
    .map((h) => highlightBlock(h, { category: categoryName(categories, h.categoryId), documentTitle: several ? titleOf(h.documentId) : undefined, link: true }))
    .join('\n\n')}\n`
}
