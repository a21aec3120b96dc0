import type { DocumentMeta, Highlight } from '../model'

/** One document as an export sees it: its metadata, its own note and all its highlights, orphans included. */
export interface ExportDocument {
  meta: DocumentMeta
  note: string
  /** In any order; the exporters sort them. */
  highlights: Highlight[]
}

export type ExportGroup = 'document' | 'tag' | 'category'

export interface ExportOptions {
  group: ExportGroup
  /** ISO time stamp, passed in so that exports are reproducible. */
  exportedAt: string
  /** Only highlights with this tag (ignoring case). */
  tag?: string
}

/** A highlight as an import reads it back: the caller gives it an id, a document and times. */
export type ImportedHighlight = Omit<Highlight, 'id' | 'documentId' | 'createdAt' | 'updatedAt'>

export interface ImportedDocument {
  documentTitle: string
  sourceName: string
  highlights: ImportedHighlight[]
}
