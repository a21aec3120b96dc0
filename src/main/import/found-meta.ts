/** What a file says of itself, beyond its text: a page's or a Word file's own metadata. Null where it says nothing. */
export interface FoundMeta {
  title: string | null
  author: string | null
  outlet: string | null
  /** ISO date, `YYYY-MM-DD`. */
  date: string | null
  url: string | null
}

/** What a plain text says of itself beyond its lines: nothing. */
export const NOTHING_FOUND: FoundMeta = { title: null, author: null, outlet: null, date: null, url: null }

/** A document's text and what the file said of itself. */
export interface Extraction {
  text: string
  found: FoundMeta
}

/** The calendar day of an ISO date or date-time as written (its own time zone's day), or null. */
export function isoDay(value: string | null | undefined): string | null {
  const day = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value ?? '')?.[1]
  return day && !Number.isNaN(Date.parse(day)) ? day : null
}

/** Trimmed text with its white space collapsed, or null when nothing is left. */
export function cleanText(value: string | null | undefined): string | null {
  const text = (value ?? '').replace(/\s+/g, ' ').trim()
  return text === '' ? null : text
}
