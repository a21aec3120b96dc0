import { attribute, type ReportedSpeech } from './attribution'
import { opensWithQuote, quotationsIn } from './quote-marks'
import { termsOf } from './terms'
import type { Span } from './types'

/** A quotation as one document has it: what the corpus needs to cluster it with the others. */
export interface ExtractedQuote extends Span {
  text: string
  speaker: string | null
  /** Content terms in order (see `termsOf`). */
  terms: string[]
}

export interface QuotesAndSpeech {
  quotes: ExtractedQuote[]
  /** Sentences that report someone's words without quoting them: where paraphrases of quotes are found. */
  reported: ReportedSpeech[]
}

/** The quotations of a text's paragraphs (boilerplate already left out), with their speakers. */
export function readQuotes(text: string, paragraphs: readonly Span[]): QuotesAndSpeech {
  const quoted = paragraphs.map((paragraph, index) => {
    const next = paragraphs[index + 1]
    return { ...paragraph, quotes: quotationsIn(text, paragraph.start, paragraph.end, next !== undefined && opensWithQuote(text, next.start)) }
  })
  const { quotes: speakers, reported } = attribute(text, quoted)
  const quotes = quoted.flatMap((paragraph, index) =>
    paragraph.quotes.map((quote, at) => ({
      start: quote.start,
      end: quote.end,
      text: text.slice(quote.start, quote.end),
      speaker: speakers[index]![at] ?? null,
      terms: termsOf(text, quote.start, quote.end)
    }))
  )
  return { quotes, reported }
}
