import type { BoilerplateReason, Passage, Span } from '../../shared/analysis/types'
import { passageAt, type ReaderAnalysis } from '../../shared/analysis/passage-list'
import type { Api } from '../../shared/contract/calls'
import type { TextBlock } from '../../shared/text'

/** What the reader shows of one block: dimmed as web cruft, and folded unless it is a byline; how many documents carry it. */
export interface BlockMark {
  cruft: BoilerplateReason | null
  folds: boolean
  carriers: number
}

/** One pane's comparison of its document with the rest of the corpus, as the back end computed it. */
export class AnalysisState {
  current = $state.raw<ReaderAnalysis | null>(null)
  readonly #api: Api
  #latest = 0

  constructor(api: Api) {
    this.#api = api
  }

  /** Loads a document's analysis; the text shows before it arrives, and a failure only leaves the marks off. */
  async load(documentId: string): Promise<void> {
    const request = ++this.#latest
    this.current = null
    const analysis = await this.#api.getDocumentAnalysis({ id: documentId }).catch(() => null)
    if (request === this.#latest) this.current = analysis
  }

  clear(): void {
    this.#latest += 1
    this.current = null
  }

  sentenceAt(offset: number): Passage | null {
    return this.current ? passageAt(this.current.sentences, offset) : null
  }

  paragraphAt(offset: number): Passage | null {
    return this.current ? passageAt(this.current.paragraphs, offset) : null
  }

  /**
   * The paragraph that keeps a pane level with the one showing `documentId` when scrolling is locked: the first one in
   * view (from offset `top` to `bottom`) that has a counterpart there, or else the nearest one above; with that
   * counterpart's start.
   */
  anchorFor(top: number, bottom: number, documentId: string): { passage: Passage; start: number } | null {
    // Only a paragraph found elsewhere has a counterpart.
    const found = this.current?.paragraphs.found ?? []
    const counterpartIn = (passage: Passage) => passage.counterparts.find((c) => c.documentId === documentId)
    const inView = found.find((p) => p.end > top && p.start <= bottom && counterpartIn(p) !== undefined)
    const passage = inView ?? found.findLast((p) => p.end <= top && counterpartIn(p) !== undefined)
    const counterpart = passage && counterpartIn(passage)
    return passage && counterpart ? { passage, start: counterpart.start } : null
  }

  /** Each block's mark: a block wholly inside a boilerplate span is cruft; the others carry their paragraph's count. */
  blockMarks(blocks: readonly TextBlock[]): BlockMark[] {
    const analysis = this.current
    if (!analysis) return blocks.map(() => ({ cruft: null, folds: false, carriers: 0 }))
    return blocks.map((block) => {
      const cruft = analysis.boilerplate.find((span) => span.start <= block.start && block.end <= span.end)
      const reason = cruft?.reason ?? null
      return { cruft: reason, folds: reason !== null && reason !== 'byline', carriers: this.paragraphAt(block.start)?.carriers ?? 0 }
    })
  }

  /** Boilerplate that shares a block with article text: dimmed rather than folded. */
  partialCruft(blocks: readonly TextBlock[]): Span[] {
    const overlaps = (span: Span, block: TextBlock) => block.start < span.end && span.start < block.end
    const covers = (span: Span, block: TextBlock) => span.start <= block.start && block.end <= span.end
    return (this.current?.boilerplate ?? []).filter((span) => blocks.some((block) => overlaps(span, block) && !covers(span, block)))
  }
}
