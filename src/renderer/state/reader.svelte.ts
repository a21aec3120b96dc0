import type { Api } from '../../shared/contract/calls'
import type { DocumentSummary, OpenedDocument } from '../../shared/model'
import { cutLongBlocks, textBlocks } from '../../shared/text'
import { errorMessage } from '../lib/error-message'
import { FIRST_SCREEN_LENGTH } from './first-screen'

/**
 * The longest block the reader lays out as one element, in UTF-16 units: about 1,700 words, far past any paragraph
 * of prose. A longer one (a 10 MB text on one line, a hard-wrapped text with no blank line) is shown in pieces, as a
 * single element that long stalls the page for seconds in layout.
 */
const LONGEST_BLOCK = 10_000

export class ReaderState {
  /** The open document; for a long text, only its beginning (`text` shorter than `length`) until the rest arrives. */
  current = $state.raw<OpenedDocument | null>(null)
  status = $state<'empty' | 'loading' | 'ready' | 'error'>('empty')
  error = $state('')
  readonly blocks = $derived(this.current ? cutLongBlocks(this.current.text, textBlocks(this.current.text), LONGEST_BLOCK) : [])
  /** A passage to scroll to (UTF-16 offset), centred or at the top; the reader clears it once done. */
  revealRequest = $state<{ start: number; align: 'center' | 'start' } | null>(null)
  /** A document whose text is to take the keyboard once the reader shows it; the reader clears it once done. */
  focusRequest = $state<string | null>(null)
  /** The user's current text selection in the document, as offsets, for actions such as re-attaching an orphan. */
  selection = $state<{ start: number; end: number } | null>(null)
  readonly #api: Api
  #latest = 0

  constructor(api: Api) {
    this.#api = api
  }

  /**
   * Opens a document: its beginning shows first, and this resolves once the whole text is in. The rest of a long text
   * is asked for once `firstScreen` (the highlights, say) has arrived, so it does not hold up that first screen. When
   * several opens overlap, the last one asked for wins.
   */
  async open(id: string, firstScreen: Promise<unknown> = Promise.resolve()): Promise<void> {
    const request = ++this.#latest
    this.status = 'loading'
    try {
      const head = await this.#api.openDocument({ id, head: FIRST_SCREEN_LENGTH })
      if (request !== this.#latest) return
      this.current = head
      this.status = 'ready'
      if (head.text.length === head.length) return
      await firstScreen.catch(() => undefined)
      if (request !== this.#latest) return
      const whole = await this.#api.openDocument({ id })
      if (request !== this.#latest || !this.current) return
      // Details edited meanwhile are the newer ones.
      this.current = { ...whole, meta: this.current.meta }
    } catch (error) {
      if (request !== this.#latest) return
      this.error = errorMessage(error)
      this.status = 'error'
    }
  }

  reveal(start: number, align: 'center' | 'start' = 'center'): void {
    this.revealRequest = { start, align }
  }

  /** Gives the keyboard to the text of document `id` as soon as it is on screen, so J, K and H act on it at once. */
  focusText(id: string): void {
    this.focusRequest = id
  }

  /** Takes in changed details of the open document (a full entry, or the library's summary of it). */
  replaceMeta(meta: DocumentSummary): void {
    if (this.current?.meta.id === meta.id) this.current = { ...this.current, meta: { ...this.current.meta, ...meta } }
  }

  close(): void {
    this.#latest += 1
    this.current = null
    this.status = 'empty'
  }
}
