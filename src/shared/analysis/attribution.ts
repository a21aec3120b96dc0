import { withoutSiteSuffix } from '../header-lines'
import { clauseText, type ClauseText } from './clause-tokens'
import type { Subject } from './names'
import type { Quotation } from './quote-marks'
import { attributionAfter, attributionBefore, reportingSubject, sentenceAround, sentenceSubject } from './speaker'
import type { Span } from './types'

export interface QuotedParagraph extends Span {
  quotes: Quotation[]
}

/** A stretch of text (a sentence outside quotes) that reports someone as speaking. */
export interface ReportedSpeech extends Span {
  speaker: string
}

export interface Attribution {
  /** The speaker of each quotation, paragraph by paragraph. */
  quotes: (string | null)[][]
  /** Sentences that report speech without quoting it, in text order. */
  reported: ReportedSpeech[]
}

/** A headline names its speaker after a dash: "Israel has to “get rid” of Hamas – Trump". */
const HEADLINE_SPEAKER = /\s[–-]\s+(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})$/u
const HEADLINE_MAX_CHARS = 200

function headlineSpeaker(text: string, paragraph: Span): string | null {
  if (paragraph.end - paragraph.start > HEADLINE_MAX_CHARS) return null
  return HEADLINE_SPEAKER.exec(withoutSiteSuffix(text.slice(paragraph.start, paragraph.end)))?.[1] ?? null
}

/** The name a pronoun or a bare title refers to: the nearest sentence subject that is a name, in this paragraph or the one before. */
function antecedent(clauses: readonly ClauseText[], paragraph: number, sentence: Span): string | null {
  const here = clauses[paragraph]!.sentences.filter((candidate) => candidate.start <= sentence.start).reverse()
  const before = [...(clauses[paragraph - 1]?.sentences ?? [])].reverse()
  const places = [{ clause: clauses[paragraph]!, sentences: here }, { clause: clauses[paragraph - 1], sentences: before }]
  for (const { clause, sentences } of places) {
    for (const candidate of sentences) {
      const subject = clause ? sentenceSubject(clause, candidate) : null
      if (subject?.kind === 'name') return subject.text
    }
  }
  return null
}

/**
 * Who speaks in each quotation, and which sentences report speech: the name an attribution gives (see speaker.ts),
 * a pronoun or a bare title ("he said", "the Prime Minister wrote") resolved to the name it stands for, the speaker
 * a headline gives after a dash, or else the speaker of the paragraph's previous quote, which the text goes on quoting.
 */
export function attribute(text: string, paragraphs: readonly QuotedParagraph[]): Attribution {
  const clauses = paragraphs.map((paragraph) => clauseText(text, paragraph.start, paragraph.end, paragraph.quotes))
  let lastNamed: string | null = null
  const resolve = (subject: Subject, paragraph: number, sentence: Span): string | null => {
    if (subject.kind === 'name' || (subject.kind === 'description' && !subject.bare)) return subject.text
    return antecedent(clauses, paragraph, sentence) ?? lastNamed ?? (subject.kind === 'description' ? subject.text : null)
  }
  const reported: ReportedSpeech[] = []
  const quotes = paragraphs.map((paragraph, index) => {
    const clause = clauses[index]!
    for (const sentence of clause.sentences) {
      const subject = clause.quoteTokens.some((token) => token >= sentence.start && token < sentence.end) ? null : reportingSubject(clause, sentence)
      const speaker = subject ? resolve(subject, index, sentence) : null
      const last = clause.tokens[sentence.end - 1]!
      if (speaker !== null) reported.push({ start: clause.tokens[sentence.start]!.start, end: last.start + last.text.length, speaker })
    }
    let previous: string | null = null
    return paragraph.quotes.map((_, quote) => {
      const token = clause.quoteTokens[quote]!
      const sentence = sentenceAround(clause, token)
      // A quote inside a sentence that reports speech elsewhere: "Lauten wrote in a post that they should “…”".
      const subject = attributionAfter(clause, token, sentence) ?? attributionBefore(clause, token, sentence) ?? reportingSubject(clause, sentence)
      const speaker = subject ? resolve(subject, index, sentence) : (headlineSpeaker(text, paragraph) ?? previous)
      if (speaker !== null && !speaker.startsWith('the ')) lastNamed = speaker
      previous = speaker
      return speaker
    })
  })
  return { quotes, reported }
}
