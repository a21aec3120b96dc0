import { findBoilerplate } from './boilerplate'
import { passagesOf, type SentenceSpan } from './paragraphs-and-sentences'
import { readQuotes, type ExtractedQuote } from './quotes'
import { termsOf } from './terms'
import type { BoilerplateSpan, Span } from './types'

export interface SentenceFingerprint extends SentenceSpan {
  /** Content terms in order (see `termsOf`). */
  terms: string[]
  /** Whom the sentence reports as speaking, when it reports speech without quoting it. */
  speaker: string | null
}

/** Everything the analysis needs of one text that the text alone decides: cached by the text's hash. */
export interface DocumentFingerprint {
  length: number
  boilerplate: BoilerplateSpan[]
  paragraphs: Span[]
  sentences: SentenceFingerprint[]
  quotes: ExtractedQuote[]
}

/** Reads a canonical text once: its boilerplate, its passages and their terms, its quotations. */
export function fingerprintText(text: string): DocumentFingerprint {
  const boilerplate = findBoilerplate(text)
  const { paragraphs, sentences } = passagesOf(text, boilerplate)
  const { quotes, reported } = readQuotes(text, paragraphs)
  // Both lists are in text order, so one pass pairs each sentence with the reported speech it starts in.
  let next = 0
  const speakerAt = (start: number): string | null => {
    while (next < reported.length && reported[next]!.end <= start) next++
    const speech = reported[next]
    return speech && speech.start <= start ? speech.speaker : null
  }
  return {
    length: text.length,
    boilerplate,
    paragraphs,
    sentences: sentences.map((sentence) => ({ ...sentence, terms: termsOf(text, sentence.start, sentence.end), speaker: speakerAt(sentence.start) })),
    quotes
  }
}
