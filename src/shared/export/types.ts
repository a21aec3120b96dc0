import type { DocumentMeta, Highlight } from '../model'

/**
 * One document as an export sees it: its metadata, its own note and all its highlights, orphans included. Its
 * `meta.outlet` is the outlet's name as the library shows it (an edited name, or the domain of its URL).
 */
export interface ExportDocument {
  meta: DocumentMeta
  note: string
  /** In any order; the exporters sort them. */
  highlights: Highlight[]
}

export type ExportGroup = 'document' | 'tag' | 'category'

/** What a Markdown report carries besides the passages and the notes. */
export interface ReportOptions {
  /** Each highlight names its document's outlet. */
  outlets: boolean
  /** Each highlight ends with a parallax:// link to its passage and the passage's character offsets. */
  links: boolean
  /** A document with neither a highlight nor a note still gets its heading. */
  emptyDocuments: boolean
}

/** A report to send: who said it beside each passage, links kept for the reader's own vault, no empty headings. */
export const DEFAULT_REPORT: ReportOptions = { outlets: true, links: true, emptyDocuments: false }

/** What the export dialog remembers between exports; a tag filter is chosen afresh each time. */
export interface ExportChoices {
  format: 'md' | 'json' | 'csv'
  /** The document open in the focused pane, the whole library, or the documents ticked. */
  scope: 'document' | 'library' | 'chosen'
  group: ExportGroup
  report: ReportOptions
}

/**
 * A report across the library, as Markdown: comparing outlets is what Parallax is for, so "this document" is seldom the
 * report wanted, and with empty documents left out the whole library gives just the documents the user marked.
 */
export const DEFAULT_EXPORT_CHOICES: ExportChoices = { format: 'md', scope: 'library', group: 'document', report: DEFAULT_REPORT }

export interface ExportOptions {
  group: ExportGroup
  /** ISO time stamp, passed in so that exports are reproducible. */
  exportedAt: string
  /** Only highlights with this tag (ignoring case). */
  tag?: string
  /** For Markdown; `DEFAULT_REPORT` when absent. */
  report?: ReportOptions
}

/** A highlight as an import reads it back: the caller gives it an id, a document and times. */
export type ImportedHighlight = Omit<Highlight, 'id' | 'documentId' | 'createdAt' | 'updatedAt'>

export interface ImportedDocument {
  documentTitle: string
  sourceName: string
  highlights: ImportedHighlight[]
}
