import type { DocumentSummary, MetadataPatch, OpenedDocument } from '../../shared/model'
import { textBlocks } from '../../shared/text'
import { api, errorMessage } from '../lib/api'

export class ReaderState {
  current = $state.raw<OpenedDocument | null>(null)
  status = $state<'empty' | 'loading' | 'ready' | 'error'>('empty')
  error = $state('')
  readonly blocks = $derived(this.current ? textBlocks(this.current.text) : [])
  /** A passage to scroll to (UTF-16 offset), centred or at the top; the reader clears it once done. */
  revealRequest = $state<{ start: number; align: 'center' | 'start' } | null>(null)
  /** The user's current text selection in the document, as offsets, for actions such as re-attaching an orphan. */
  selection = $state<{ start: number; end: number } | null>(null)
  #latest = 0

  /** Opens a document; when several opens overlap, the last one asked for wins. */
  async open(id: string): Promise<void> {
    const request = ++this.#latest
    this.status = 'loading'
    try {
      const opened = await api.openDocument({ id })
      if (request !== this.#latest) return
      this.current = opened
      this.status = 'ready'
    } catch (error) {
      if (request !== this.#latest) return
      this.error = errorMessage(error)
      this.status = 'error'
    }
  }

  async updateMeta(patch: MetadataPatch) {
    if (!this.current) throw new Error('No document is open.')
    const meta = await api.updateDocumentMeta({ id: this.current.meta.id, patch })
    if (this.current.meta.id === meta.id) this.current = { ...this.current, meta }
    return meta
  }

  reveal(start: number, align: 'center' | 'start' = 'center'): void {
    this.revealRequest = { start, align }
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
