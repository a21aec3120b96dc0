import { z } from 'zod'
import type { Highlight } from '../../../shared/model'
import type { BackedUpFiles } from '../backups'
import { isReadable } from '../json-database'
import { latestVersion, versionedFormat, type Migration } from '../migrations'

/** One document's annotations. One file per document keeps an edit's write small however large the library grows. */
export interface AnnotationFile {
  schemaVersion: number
  documentId: string
  /** The text the positions were computed on; when the document's text changes, its highlights are re-anchored. */
  textHash: string
  note: string
  highlights: Highlight[]
}

export const ANNOTATIONS_FOLDER = 'annotations'
export const ANNOTATION_FILE_NAME = /^(d_[a-z0-9]+)\.json$/

/** The migrations of a document's annotations file. Version 1 is the format every such file has had from the start. */
export const annotationMigrations: Migration[] = [{ version: 1, up: (data) => ({ note: '', highlights: [], ...data }) }]

export const ANNOTATIONS_VERSION = latestVersion(annotationMigrations)

/**
 * A highlight as any Parallax of these formats wrote it: the shapes, without the limits a call puts on what it
 * receives, which may change from one release to the next without making a saved file unreadable.
 */
const storedHighlight = z.object({
  id: z.string(),
  documentId: z.string(),
  categoryId: z.string(),
  tags: z.array(z.string()),
  note: z.string(),
  position: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }),
  quote: z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() }),
  orphan: z.enum(['not-found', 'ambiguous', 'low-score']).nullable(),
  createdAt: z.string(),
  updatedAt: z.string()
})

const annotationSchema: z.ZodType<AnnotationFile> = z.object({
  schemaVersion: z.number(),
  documentId: z.string(),
  textHash: z.string(),
  note: z.string(),
  highlights: z.array(storedHighlight)
})

/** The format of the annotations file of `documentId`, whose empty form was computed on the text of `textHash`. */
export function annotationFormat(documentId: string, textHash: string) {
  return versionedFormat({
    schema: annotationSchema,
    migrations: annotationMigrations,
    empty: () => ({ schemaVersion: ANNOTATIONS_VERSION, documentId, textHash, note: '', highlights: [] }),
    label: (relative) => `The notes file ${relative}`
  })
}

/** How backups tell a good annotations file from a damaged one. */
export const ANNOTATION_BACKUPS: BackedUpFiles = {
  folder: ANNOTATIONS_FOLDER,
  name: ANNOTATION_FILE_NAME,
  isGood: (text) => isReadable(annotationFormat('', ''), text)
}
