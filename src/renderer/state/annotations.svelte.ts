import type { PlacedHighlight } from '../../shared/model'
import { api } from '../lib/api'

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

  /** Loads a document's annotations; when loads overlap, the last one asked for wins. */
  async load(documentId: string): Promise<void> {
    const request = ++this.#latest
    const annotations = await api.getAnnotations({ documentId })
    if (request !== this.#latest) return
    this.documentId = documentId
    this.note = annotations.note
    this.highlights = annotations.highlights
    if (this.activeId && !this.highlights.some((h) => h.id === this.activeId)) this.activeId = null
  }

  async refresh(): Promise<void> {
    if (this.documentId) await this.load(this.documentId)
  }

  /** Puts a highlight the back end returned in its place, keeping text order. */
  upsert(highlight: PlacedHighlight): void {
    const others = this.highlights.filter((h) => h.id !== highlight.id)
    this.highlights = [...others, highlight].sort(
      (a, b) => a.position.start - b.position.start || b.position.end - a.position.end
    )
  }

  drop(id: string): void {
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
