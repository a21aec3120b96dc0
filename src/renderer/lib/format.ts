const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' })
const countFormat = new Intl.NumberFormat()

/** Shows an ISO date (`2026-02-01`) in the reader's locale. */
export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`))
}

export function formatCount(count: number): string {
  return countFormat.format(count)
}

/** How many of the corpus's documents carry a passage, in words: "in 3 of 5", or "only here". */
export function shareLabel(carriers: number, corpusSize: number): string {
  return carriers <= 1 ? 'only here' : `in ${carriers} of ${corpusSize}`
}
