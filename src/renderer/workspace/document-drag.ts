/** The drag type a library row carries, so panes can tell a document from files dropped in from outside. */
export const DOCUMENT_DRAG_TYPE = 'application/x-parallax-document'

export function startDocumentDrag(event: DragEvent, documentId: string): void {
  if (!event.dataTransfer) return
  event.dataTransfer.setData(DOCUMENT_DRAG_TYPE, documentId)
  event.dataTransfer.effectAllowed = 'copy'
}

export function carriesDocument(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes(DOCUMENT_DRAG_TYPE) ?? false
}

export function draggedDocument(event: DragEvent): string | null {
  return event.dataTransfer?.getData(DOCUMENT_DRAG_TYPE) || null
}
