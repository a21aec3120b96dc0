import { DOCUMENT_ID } from './contract/id-patterns'

export interface PassageLink {
  documentId: string
  /** Code points, as the export writes them. */
  start: number
  end: number
}

/** Reads a `parallax://open?doc=ID&start=S&end=E` link from an export; anything else is null, never an error. */
export function parsePassageLink(raw: string): PassageLink | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (url.protocol !== 'parallax:' || url.hostname !== 'open') return null
  const documentId = url.searchParams.get('doc') ?? ''
  const start = Number(url.searchParams.get('start'))
  const end = Number(url.searchParams.get('end'))
  if (!DOCUMENT_ID.test(documentId) || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    return null
  }
  return { documentId, start, end }
}
