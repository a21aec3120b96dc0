import type { DocumentAnnotations, DocumentMeta } from '../../shared/model'
import { foldText, words, type SearchQuery, type SearchResults } from '../../shared/search'
import { tagKey } from '../../shared/tags'
import { find } from './find'
import { PassageTable } from './passage-table'
import {
  fieldPassages,
  highlightPassages,
  highlightSignature,
  notePassages,
  paragraphPassages,
  type IdRange,
  type IndexedDocument,
  type NewPassage
} from './indexed-passages'
import { TermIndex } from './term-index'

export interface IndexStats {
  documents: number
  passages: number
  terms: number
  postings: number
  /** Bytes of the postings (four an id), of the words' positions in their passages, and of the texts kept for snippets. */
  postingBytes: number
  positionBytes: number
  textBytes: number
}

const NO_IDS: IdRange = { from: 0, to: 0 }

/**
 * The library as the search engine holds it, in memory: documents, their passages, and the term index over the
 * passages' words. Each edit indexes again only what it changed: the catalog entry, the text when its hash changed,
 * the highlights whose quote, note, tags, category or place changed.
 */
export class LibraryIndex {
  readonly #terms = new TermIndex()
  readonly #passages = new PassageTable()
  readonly #documents = new Map<string, IndexedDocument>()
  #slotCount = 0

  /** Indexes (again) a document: its catalog entry, its text, and its annotations when they could be read. */
  setDocument(meta: Pick<DocumentMeta, 'id' | 'title' | 'outlet' | 'tags' | 'textHash'>, text: string | null, annotations: DocumentAnnotations | null): void {
    const doc = this.#documents.get(meta.id) ?? this.#newDocument(meta.id)
    this.#drop(doc.fields)
    doc.title = meta.title
    doc.outlet = meta.outlet
    doc.outletKey = meta.outlet?.toLocaleLowerCase() ?? null
    doc.tagKeys = meta.tags.map(tagKey)
    doc.fields = this.#add(fieldPassages(doc, meta))
    const textHash = text === null ? null : meta.textHash
    if (textHash !== doc.textHash) {
      this.#drop(doc.paragraphs)
      for (const { ids } of doc.annotations.values()) this.#drop(ids)
      doc.annotations.clear()
      doc.text = text === null ? null : Buffer.from(text, 'utf8')
      doc.textHash = textHash
      doc.paragraphs = text === null ? NO_IDS : this.#add(paragraphPassages(doc, text))
    }
    if (annotations) this.setAnnotations(annotations)
  }

  /** Indexes (again) those of a document's note and highlights that changed, against the text last given to `setDocument`. */
  setAnnotations(annotations: DocumentAnnotations): void {
    const doc = this.#documents.get(annotations.documentId)
    if (!doc) return
    let decoded: string | null | undefined
    const text = () => (decoded ??= doc.text?.toString('utf8') ?? null)
    const wanted = new Map([['', { signature: annotations.note, make: () => notePassages(doc, annotations.note) }]])
    for (const h of annotations.highlights) wanted.set(h.id, { signature: highlightSignature(h), make: () => highlightPassages(doc, h, text()) })
    for (const [key, { signature, ids }] of doc.annotations) {
      if (wanted.get(key)?.signature === signature) continue
      this.#drop(ids)
      doc.annotations.delete(key)
    }
    for (const [key, { signature, make }] of wanted) {
      if (!doc.annotations.has(key)) doc.annotations.set(key, { signature, ids: this.#add(make()) })
    }
  }

  removeDocument(id: string): void {
    const doc = this.#documents.get(id)
    if (!doc) return
    for (const range of [doc.fields, doc.paragraphs, ...[...doc.annotations.values()].map((entry) => entry.ids)]) this.#drop(range)
    this.#documents.delete(id)
  }

  /** Gives back the room kept for growth, once the whole library is indexed, a step at a time (see `TermIndex.trimming`). */
  trimming(): Generator<void> {
    return this.#terms.trimming()
  }

  has(id: string): boolean {
    return this.#documents.has(id)
  }

  search(query: SearchQuery): Omit<SearchResults, 'tookMs'> {
    return find({ terms: this.#terms, passages: this.#passages, slotCount: this.#slotCount }, query)
  }

  stats(): IndexStats {
    const documents = [...this.#documents.values()]
    const count = ({ from, to }: IdRange) => to - from
    return {
      documents: documents.length,
      passages: documents.reduce((sum, doc) => sum + count(doc.fields) + count(doc.paragraphs) + [...doc.annotations.values()].reduce((n, e) => n + count(e.ids), 0), 0),
      terms: this.#terms.termCount,
      postings: this.#terms.postingCount,
      postingBytes: this.#terms.postingCount * 4,
      positionBytes: this.#terms.positionBytes,
      textBytes: documents.reduce((sum, doc) => sum + (doc.text?.length ?? 0), 0)
    }
  }

  #newDocument(id: string): IndexedDocument {
    const doc: IndexedDocument = {
      id,
      slot: this.#slotCount++,
      title: '',
      outlet: null,
      outletKey: null,
      tagKeys: [],
      text: null,
      textHash: null,
      fields: NO_IDS,
      paragraphs: NO_IDS,
      annotations: new Map()
    }
    this.#documents.set(id, doc)
    return doc
  }

  /** Adds passages under consecutive ids. */
  #add(passages: NewPassage[]): IdRange {
    const ids = passages.map(({ passage, text }) => {
      const id = this.#passages.add(passage)
      this.#terms.add(id, words(foldText(text)))
      return id
    })
    return ids.length === 0 ? NO_IDS : { from: ids[0]!, to: ids.at(-1)! + 1 }
  }

  /**
   * Removes passages added together. Their ids are consecutive, so each of their words loses one run of ids from its
   * list, whatever the number of passages: a large document leaves the index in one move per word, not one per passage.
   */
  #drop({ from, to }: IdRange): void {
    const terms = new Set<string>()
    for (let id = from; id < to; id++) {
      for (const term of words(foldText(this.#passages.text(id)))) terms.add(term)
      this.#passages.remove(id)
    }
    this.#terms.removeRange(from, to, terms)
  }
}
