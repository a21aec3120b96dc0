/**
 * Markdown export, written for Obsidian but valid CommonMark.
 *
 * YAML front matter (made by the `yaml` library) describes the document, or the list of
 * documents, leaving out fields a document has not got; then one `##` section per document
 * (those with a highlight or a note, unless the report asks for all), tag or category. Each
 * highlight is a block quote of the passage followed by a list: its outlet, category, tags,
 * the note (indented so it stays in its item) and a link back into Parallax; the report
 * options (`ReportOptions`) leave out the outlet or the link. Titles and passages are escaped as
 * plain text and notes are neutralised (see escape.ts), so no content can add headings,
 * quotes, fences or HTML. Example, for one document:
 *
 *     ---
 *     title: Hamas rejects Trump threat
 *     outlet: Al Jazeera
 *     date: 2025-03-06
 *     source: 003.txt
 *     exported: 2026-02-01T12:00:00.000Z
 *     tags:
 *       - deadline
 *     ---
 *
 *     ## Hamas rejects Trump threat
 *
 *     > Hamas has dismissed the latest warning
 *
 *     - Outlet: Al Jazeera
 *     - Category: Claim
 *     - Tags: #deadline
 *     - Note:
 *       Compare with **the RT piece**.
 *     - Link: [open in Parallax](parallax://open?doc=d3&start=72&end=111) (characters 72–111)
 */
import type { Category, Highlight } from '../model'
import { tagKey } from '../tags'
import { escapeLine, neutraliseNote, safeTag } from './escape'
import { frontMatter } from './front-matter'
import { highlightBlock } from './markdown-highlight'
import { categoryName, compareText, selectDocuments } from './select'
import { DEFAULT_REPORT, type ExportDocument, type ExportOptions, type ReportOptions } from './types'

interface Entry {
  doc: ExportDocument
  highlight: Highlight
}

/** How one highlight of `doc` is written, under a heading that names its document or not. */
function blockOf(doc: ExportDocument, categories: readonly Category[], report: ReportOptions, namesDocument: boolean) {
  return (h: Highlight): string =>
    highlightBlock(h, {
      category: categoryName(categories, h.categoryId),
      documentTitle: namesDocument ? doc.meta.title : undefined,
      outlet: report.outlets ? (doc.meta.outlet ?? undefined) : undefined,
      link: report.links
    })
}

function documentSection(doc: ExportDocument, categories: readonly Category[], report: ReportOptions): string[] {
  const blocks = [`## ${escapeLine(doc.meta.title)}`]
  if (doc.note.trim() !== '') blocks.push(neutraliseNote(doc.note))
  const block = blockOf(doc, categories, report, false)
  blocks.push(...doc.highlights.filter((h) => h.orphan === null).map(block))
  const orphans = doc.highlights.filter((h) => h.orphan !== null)
  if (orphans.length > 0) blocks.push('### Orphaned highlights', ...orphans.map(block))
  return blocks
}

function groupSection(heading: string, entries: readonly Entry[], categories: readonly Category[], report: ReportOptions): string[] {
  return [`## ${heading}`, ...entries.map(({ doc, highlight }) => blockOf(doc, categories, report, true)(highlight))]
}

/** A document with something to report: a highlight or a note of its own. */
function hasNotes(doc: ExportDocument): boolean {
  return doc.highlights.length > 0 || doc.note.trim() !== ''
}

/** Tag sections, keyed as Obsidian sees tags (safe form, ignoring case), sorted, with untagged highlights last. */
function byTag(entries: readonly Entry[]): [string, Entry[]][] {
  const groups = new Map<string, { heading: string; entries: Entry[] }>()
  const untagged: Entry[] = []
  for (const entry of entries) {
    const tags = [...new Set(entry.highlight.tags.map(safeTag))]
    if (tags.length === 0) untagged.push(entry)
    for (const tag of tags) {
      const group = groups.get(tagKey(tag)) ?? { heading: `#${tag}`, entries: [] }
      if (!group.entries.includes(entry)) group.entries.push(entry)
      groups.set(tagKey(tag), group)
    }
  }
  const sorted = [...groups.values()].sort((a, b) => compareText(a.heading, b.heading))
  const sections: [string, Entry[]][] = sorted.map((g) => [g.heading, g.entries])
  return untagged.length > 0 ? [...sections, ['Untagged', untagged]] : sections
}

/** Category sections in palette order; a category the palette lost comes after, under its id. */
function byCategory(entries: readonly Entry[], categories: readonly Category[]): [string, Entry[]][] {
  const ids = [...categories.map((c) => c.id), ...entries.map((e) => e.highlight.categoryId)]
  return [...new Set(ids)]
    .map((id): [string, Entry[]] => [escapeLine(categoryName(categories, id)), entries.filter((e) => e.highlight.categoryId === id)])
    .filter(([, group]) => group.length > 0)
}

export function toMarkdown(docs: ExportDocument[], categories: Category[], options: ExportOptions): string {
  const report = options.report ?? DEFAULT_REPORT
  const selected = selectDocuments(docs, options).filter((doc) => report.emptyDocuments || hasNotes(doc))
  const entries = selected.flatMap((doc) => doc.highlights.map((highlight) => ({ doc, highlight })))
  let blocks: string[]
  if (options.group === 'tag') blocks = byTag(entries).flatMap(([h, group]) => groupSection(h, group, categories, report))
  else if (options.group === 'category') blocks = byCategory(entries, categories).flatMap(([h, group]) => groupSection(h, group, categories, report))
  else blocks = selected.flatMap((doc) => documentSection(doc, categories, report))
  const head = frontMatter(selected, options.exportedAt)
  return blocks.length === 0 ? head : `${head}\n${blocks.join('\n\n')}\n`
}
