import { highlightsMarkdown } from '../../shared/export/markdown-highlight'
import type { Category, DocumentSummary, Highlight } from '../../shared/model'

/** Puts highlights on the clipboard as Markdown, in the export's own form; resolves with how many were copied. */
export async function copyAsMarkdown(highlights: readonly Highlight[], categories: readonly Category[], documents: readonly DocumentSummary[]): Promise<number> {
  const titles = new Map(documents.map((doc) => [doc.id, doc.title]))
  await navigator.clipboard.writeText(highlightsMarkdown(highlights, categories, (id) => titles.get(id) ?? 'Untitled'))
  return highlights.length
}
