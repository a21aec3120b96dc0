/** One change to the library, announced once it is on disk. */
export type LibraryChange =
  | { kind: 'added'; documentId: string }
  /** Metadata, tags or the text itself. */
  | { kind: 'changed'; documentId: string }
  | { kind: 'removed'; documentId: string }
  /** Highlights or the document's note. */
  | { kind: 'annotated'; documentId: string }

type Listener = (change: LibraryChange) => void

/**
 * Tells what is derived from the library (the search index, the comparison of documents) about each change, from
 * whichever path made it: an edit, an import, an undo, a tag rename, a re-anchoring.
 */
export class ChangeFeed {
  readonly #listeners = new Set<Listener>()

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  emit(change: LibraryChange): void {
    for (const listener of this.#listeners) listener(change)
  }
}
