import type { Highlight } from '../../../../src/shared/model'
import type { HighlightPatch } from '../../../../src/main/services/annotation-service'

/** An edit the writer has started; it may or may not be on disk when the writer is killed. */
export type Begun =
  | { kind: 'begin'; edit: number; op: 'create'; documentId: string; note: string }
  | { kind: 'begin'; edit: number; op: 'update'; documentId: string; id: string; patch: Required<HighlightPatch> }
  | { kind: 'begin'; edit: number; op: 'delete'; documentId: string; id: string }

/** An edit whose promise resolved, so it is on disk: the highlight as stored, or null once deleted. */
export interface Acknowledged {
  kind: 'ack'
  edit: number
  documentId: string
  id: string
  highlight: Highlight | null
}

/** One line of the crash writer's standard output, as JSON. */
export type WriterLine = { kind: 'ready' } | { kind: 'done' } | Begun | Acknowledged

/** A highlight as the annotation file keeps it, without the range the service adds for the reader. */
export function storedForm(h: Highlight): Highlight {
  const { id, documentId, categoryId, tags, note, position, quote, orphan, createdAt, updatedAt } = h
  return { id, documentId, categoryId, tags, note, position, quote, orphan, createdAt, updatedAt }
}
