import { SvelteMap } from 'svelte/reactivity'
import type { DocumentAnnotations, PlacedHighlight } from '../../shared/model'
import { api } from '../lib/api'
import { FIRST_SCREEN_LENGTH } from './first-screen'

function inTextOrder(highlights: PlacedHighlight[]): PlacedHighlight[] {
  return highlights.sort((a, b) => a.position.start - b.position.start || b.position.end - a.position.end)
}

/** The open document's highlights (in text order) and note, as the back end last returned them. */
export class AnnotationsState {
  documentId = $state<string | null>(null)
  note = $state('')
  highlights = $state.raw<PlacedHighlight[]>([])
  /** The highlight whose card is open. */
  activeId = $state<string | null>(null)
  readonly placed = $derived(this.highlights.filter((h) => h.range !== null))
  readonly orphans = $derived(this.highlights.filter((h) => h.range === null))
  readonly active = $derived(this.highlights.find((h) => h.id === this.activeId) ?? null)

  #latest = 0
  /** Highlights created, changed (the new one) or deleted (null) here while a load was on its way, by id. */
  readonly #changedMeanwhile = new SvelteMap<string, PlacedHighlight | null>()

  /** Loads a document's annotations; when loads overlap, the last one asked for wins. */
  async load(documentId: string): Promise<void> {
    await this.loadFirstScreen(documentId, false).all
  }

  /**
   * Loads the highlights placed in the first screen of a document's text, then all of them, for a long text opened
   * with its beginning first. What was changed here while a load was on its way is kept on top of what it brings.
   */
  loadFirstScreen(documentId: string, firstScreen = true): { firstScreen: Promise<void>; all: Promise<void> } {
    const request = ++this.#latest
    this.#changedMeanwhile.clear()
    const take = (annotations: DocumentAnnotations) => {
      if (request !== this.#latest) return
      this.documentId = documentId
      this.note = annotations.note
      const changed = this.#changedMeanwhile
      const kept = annotations.highlights.filter((h) => !changed.has(h.id))
      this.highlights = inTextOrder([...kept, ...[...changed.values()].filter((h) => h !== null)])
      if (this.activeId && !this.highlights.some((h) => h.id === this.activeId)) this.activeId = null
    }
    const first = firstScreen ? api.getAnnotations({ documentId, before: FIRST_SCREEN_LENGTH }).then(take) : Promise.resolve()
    return { firstScreen: first, all: first.then(async () => take(await api.getAnnotations({ documentId }))) }
  }

  async refresh(): Promise<void> {
    if (this.documentId) await this.load(this.documentId)
  }

  /** Puts a highlight the back end returned in its place, keeping text order. */
  upsert(highlight: PlacedHighlight): void {
    this.#changedMeanwhile.set(highlight.id, highlight)
    this.highlights = inTextOrder([...this.highlights.filter((h) => h.id !== highlight.id), highlight])
  }

  drop(id: string): void {
    this.#changedMeanwhile.set(id, null)
    this.highlights = this.highlights.filter((h) => h.id !== id)
    if (this.activeId === id) this.activeId = null
  }

  clear(): void {
    this.documentId = null
    this.note = ''
    this.highlights = []
    this.activeId = null
  }

  /** Highlights covering a UTF-16 offset, innermost first, so the one clicked on is the one most likely meant. */
  at(offset: number): PlacedHighlight[] {
    return this.placed
      .filter((h) => h.range!.start <= offset && offset < h.range!.end)
      .sort((a, b) => a.range!.end - a.range!.start - (b.range!.end - b.range!.start))
  }
}
