/** What text order needs of a highlight: where it stands in the text, and an id to settle a tie. */
export interface Positioned {
  id: string
  position: { start: number; end: number }
}

/**
 * Text order of highlights, for the reader, the notes and the export alike: by start; of two starting together the
 * longer first, so an enclosing one comes before what it encloses; of two on the same passage, by id, so the order
 * does not depend on the order they were stored in.
 */
export function byTextOrder(a: Positioned, b: Positioned): number {
  return a.position.start - b.position.start || b.position.end - a.position.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}
