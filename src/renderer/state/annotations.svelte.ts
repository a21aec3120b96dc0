import { SvelteMap } from 'svelte/reactivity'
import type { Api } from '../../shared/contract/calls'
import type { DocumentAnnotations, PlacedHighlight } from '../../shared/model'
import { byTextOrder } from '../../shared/text-order'
import { FIRST_SCREEN_LENGTH } from './first-screen'

/**
 * One document's highlights (in text order) and note, as the back end last returned them and as edited here since.
 * There is one for each open document, shared by every pane that shows it, so two views of a document never disagree.
 */
export class AnnotationsState {
  readonly documentId: string
  note = $state('')
  highlights = $state.raw<PlacedHighlight[]>([])
  readonly placed = $derived(this.highlights.filter((h) => h.range !== null))
  readonly orphans = $derived(this.highlights.filter((h) => h.range === null))

  readonly #api: Api
  /** The highlight whose card is open in each pane showing the document, by pane key; forgotten when it goes. */
  readonly #activeIn = new SvelteMap<number, string>()
  #latest = 0
  /** The latest load's end: a load overtaken by a later one ends with it, so whoever waits on it sees what it brings. */
  #settled: Promise<void> = Promise.resolve()
  /** Set once all of them have come in: opening the document again, in another pane, then skips the first screen. */
  #complete = false
  /** Highlights created, changed (the new one) or deleted (null) here while a load was on its way, by id. */
  readonly #changedMeanwhile = new SvelteMap<string, PlacedHighlight | null>()

  constructor(api: Api, documentId: string) {
    this.#api = api
    this.documentId = documentId
  }

  /**
   * Loads the highlights placed in the first screen of the text, then all of them, for a long text opened with its
   * beginning first. What was changed here while a load was on its way is kept on top of what it brings; when loads
   * overlap, the last one asked for wins.
   */
  load(): { firstScreen: Promise<void>; all: Promise<void> } {
    const request = ++this.#latest
    const documentId = this.documentId
    this.#changedMeanwhile.clear()
    const take = (annotations: DocumentAnnotations) => {
      if (request !== this.#latest) return false
      this.note = annotations.note
      const changed = this.#changedMeanwhile
      const kept = annotations.highlights.filter((h) => !changed.has(h.id))
      this.highlights = [...kept, ...[...changed.values()].filter((h) => h !== null)].sort(byTextOrder)
      this.#forgetGone()
      return true
    }
    const first = this.#complete
      ? Promise.resolve()
      : this.#api.getAnnotations({ documentId, before: FIRST_SCREEN_LENGTH }).then((annotations) => void take(annotations))
    const all = first.then(async () => {
      if (take(await this.#api.getAnnotations({ documentId }))) this.#complete = true
      else await this.#settled
    })
    this.#settled = all
    return { firstScreen: first, all }
  }

  refresh(): Promise<void> {
    return this.load().all
  }

  /** Puts a highlight the back end returned in its place, keeping text order. */
  upsert(highlight: PlacedHighlight): void {
    this.#changedMeanwhile.set(highlight.id, highlight)
    this.highlights = [...this.highlights.filter((h) => h.id !== highlight.id), highlight].sort(byTextOrder)
  }

  drop(id: string): void {
    this.#changedMeanwhile.set(id, null)
    this.highlights = this.highlights.filter((h) => h.id !== id)
    this.#forgetGone()
  }

  /** The highlight whose card is open in pane `view`. */
  activeIn(view: number): string | null {
    return this.#activeIn.get(view) ?? null
  }

  setActive(view: number, id: string | null): void {
    if (id === null) this.#activeIn.delete(view)
    else this.#activeIn.set(view, id)
  }

  #forgetGone(): void {
    for (const [view, id] of this.#activeIn) if (!this.highlights.some((h) => h.id === id)) this.#activeIn.delete(view)
  }
}
