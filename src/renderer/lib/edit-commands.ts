import type { Api } from '../../shared/contract/calls'
import type { DocumentMeta, DocumentSummary, Highlight, PlacedHighlight } from '../../shared/model'
import type { Undoable } from './undo-stack'

/** What an edit returned, and how to take it back. */
export interface Edit<T> {
  result: T
  entry: Undoable
}

export interface HighlightPatch {
  categoryId?: string
  tags?: string[]
  note?: string
}

/** The stored form of a highlight: what restoring it sends back. */
function storedHighlight(highlight: PlacedHighlight | Highlight): Highlight {
  const { id, documentId, categoryId, tags, note, position, quote, orphan, createdAt, updatedAt } = highlight
  return { id, documentId, categoryId, tags, note, position, quote, orphan, createdAt, updatedAt }
}

export async function createHighlight(api: Api, input: Parameters<Api['createHighlight']>[0]): Promise<Edit<PlacedHighlight>> {
  const created = await api.createHighlight(input)
  const key = { documentId: created.documentId, id: created.id }
  return {
    result: created,
    entry: {
      label: 'Highlight',
      undo: async () => void (await api.deleteHighlight(key)),
      redo: async () => void (await api.restoreHighlight({ highlight: storedHighlight(created) }))
    }
  }
}

export async function deleteHighlight(api: Api, highlight: Highlight): Promise<Edit<Highlight>> {
  const key = { documentId: highlight.documentId, id: highlight.id }
  const removed = await api.deleteHighlight(key)
  return {
    result: removed,
    entry: {
      label: 'Delete highlight',
      undo: async () => void (await api.restoreHighlight({ highlight: storedHighlight(removed) })),
      redo: async () => void (await api.deleteHighlight(key))
    }
  }
}

/** Recolours, retags or rewrites the note of a highlight; undo puts back just the fields the patch changed. */
export async function updateHighlight(api: Api, current: Highlight, patch: HighlightPatch): Promise<Edit<PlacedHighlight>> {
  const before: HighlightPatch = {}
  if (patch.categoryId !== undefined) before.categoryId = current.categoryId
  if (patch.tags !== undefined) before.tags = current.tags
  if (patch.note !== undefined) before.note = current.note
  const key = { documentId: current.documentId, id: current.id }
  const updated = await api.updateHighlight({ ...key, patch })
  const label = patch.categoryId !== undefined ? 'Recolour' : patch.tags !== undefined ? 'Retag' : 'Edit note'
  return {
    result: updated,
    entry: {
      label,
      undo: async () => void (await api.updateHighlight({ ...key, patch: before })),
      redo: async () => void (await api.updateHighlight({ ...key, patch }))
    }
  }
}

/**
 * A note saves itself while the user types, so the edit is already on disk when its undo entry is made:
 * one entry per editing session, from the text before it to the text after.
 */
/** What one editing session did to a note. */
export interface NoteSession {
  before: string
  after: string
}

export function noteEdit(write: (note: string) => Promise<unknown>, before: string, after: string): Undoable {
  return {
    label: 'Edit note',
    undo: async () => void (await write(before)),
    redo: async () => void (await write(after))
  }
}

export async function setDocumentTags(api: Api, doc: DocumentSummary, tags: string[]): Promise<Edit<DocumentMeta>> {
  const updated = await api.setDocumentTags({ documentId: doc.id, tags })
  return {
    result: updated,
    entry: {
      label: 'Retag',
      undo: async () => void (await api.setDocumentTags({ documentId: doc.id, tags: doc.tags })),
      redo: async () => void (await api.setDocumentTags({ documentId: doc.id, tags: updated.tags }))
    }
  }
}

/** Renames or merges a tag everywhere; undo restores every tag list the rename touched. */
export async function renameTag(api: Api, from: string, to: string): Promise<Edit<void>> {
  let changes = await api.renameTag({ from, to })
  return {
    result: undefined,
    entry: {
      label: 'Rename tag',
      undo: async () => void (await api.restoreTags({ changes })),
      redo: async () => {
        changes = await api.renameTag({ from, to })
      }
    }
  }
}
