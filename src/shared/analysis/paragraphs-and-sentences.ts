import { textBlocks } from '../text'
import { sentencesOf } from '../sentence-segmenter'
import type { Span } from './types'

export interface SentenceSpan extends Span {
  /** Index of the paragraph the sentence is in. */
  paragraph: number
}

export interface Passages {
  /** The reader's blocks, less their boilerplate; a block that is all boilerplate is none. */
  paragraphs: Span[]
  sentences: SentenceSpan[]
}

/** The parts of [start, end) outside the sorted, disjoint `cut` spans, looked at from index `first` on. */
function without(start: number, end: number, cut: readonly Span[], first: number): Span[] {
  const kept: Span[] = []
  let at = start
  for (let index = first; index < cut.length && cut[index]!.start < end; index++) {
    const span = cut[index]!
    if (span.end <= at) continue
    if (span.start > at) kept.push({ start: at, end: span.start })
    at = Math.max(at, span.end)
  }
  if (at < end) kept.push({ start: at, end })
  return kept
}

/** Paragraphs and sentences of a canonical text, leaving out the boilerplate spans (sorted, disjoint). */
export function passagesOf(text: string, boilerplate: readonly Span[]): Passages {
  const paragraphs: Span[] = []
  const sentences: SentenceSpan[] = []
  // Blocks come in text order: spans that end before a block end before every later one too.
  let first = 0
  for (const block of textBlocks(text)) {
    while (first < boilerplate.length && boilerplate[first]!.end <= block.start) first++
    const parts = without(block.start, block.end, boilerplate, first).filter((part) => text.slice(part.start, part.end).trim() !== '')
    if (parts.length === 0) continue
    const paragraph = paragraphs.length
    paragraphs.push({ start: parts[0]!.start, end: parts.at(-1)!.end })
    for (const part of parts) {
      for (const sentence of sentencesOf(text, part.start, part.end)) sentences.push({ ...sentence, paragraph })
    }
  }
  return { paragraphs, sentences }
}
