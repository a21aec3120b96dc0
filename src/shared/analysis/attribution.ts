import { withoutSiteSuffix } from '../header-lines'
import { clauseText, type ClauseText } from './clause-tokens'
import { namesIn, opensWithPersonDescribed, type Subject } from './clause-subjects'
import type { Quotation } from './quote-marks'
import { attributionAfter, attributionBefore, reportingSubject, sentenceIndexAround, sentenceSubject } from './speaker'
import type { Gender } from './word-tags'
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

/** Paragraphs before a pronoun's own that are searched for the person it stands for. */
const REACH_PARAGRAPHS = 2

interface Said {
  speaker: string
  /** Token of the quotation in its paragraph. */
  token: number
}

/**
 * Who pronouns and bare titles stand for: the person the text last put forward. Sentence by sentence back from the
 * pronoun (its own paragraph, then up to two before), the speaker of a quotation there, else the sentence's subject,
 * else the first person it names; only a person whose gender, where the text tells it, agrees ("he" never stands for
 * "Meredith Vieira"), and never a place or an organisation.
 */
class Antecedents {
  readonly #clauses: readonly ClauseText[]
  /** The speakers found so far, by paragraph and sentence. */
  readonly #said = new Map<string, Said[]>()
  /** Gender by a name's last word, from where the text tells it ("Elizabeth Lauten" makes "Lauten" a woman). */
  readonly #genders = new Map<string, Gender>()
  #lastNamed: string | null = null

  constructor(clauses: readonly ClauseText[]) {
    this.#clauses = clauses
  }

  /** Notes the genders of the people paragraph `paragraph` names, so later mentions of their surnames agree. */
  learn(paragraph: number): void {
    const clause = this.#clauses[paragraph]!
    for (const sentence of clause.sentences) {
      for (const { subject } of namesIn(clause.tokens, sentence)) {
        const last = lastWord(subject.text)
        if (subject.gender && !this.#genders.has(last)) this.#genders.set(last, subject.gender)
      }
    }
  }

  said(paragraph: number, sentence: number, token: number, speaker: string | null): void {
    if (speaker === null || speaker.startsWith('the ')) return
    const key = `${paragraph}:${sentence}`
    this.#said.set(key, [...(this.#said.get(key) ?? []), { speaker, token }])
    this.#lastNamed = speaker
  }

  resolve(subject: Subject, paragraph: number, sentence: number, before: number): string | null {
    if (subject.kind === 'name' || (subject.kind === 'description' && !subject.bare)) return subject.text
    const gender = subject.kind === 'pronoun' ? (subject.gender ?? null) : null
    return this.#find(paragraph, sentence, before, gender) ?? this.#lastNamed ?? (subject.kind === 'description' ? subject.text : null)
  }

  #fits(name: string, known: Gender | undefined, wanted: Gender): boolean {
    const gender = known ?? this.#genders.get(lastWord(name)) ?? null
    return wanted === null || gender === null || gender === wanted
  }

  #find(paragraph: number, sentence: number, before: number, gender: Gender): string | null {
    for (let at = paragraph; at >= Math.max(0, paragraph - REACH_PARAGRAPHS); at--) {
      const clause = this.#clauses[at]!
      for (let index = at === paragraph ? sentence : clause.sentences.length - 1; index >= 0; index--) {
        const span = clause.sentences[index]!
        const limit = at === paragraph && index === sentence ? before : span.end
        const said = (this.#said.get(`${at}:${index}`) ?? []).filter((each) => each.token < limit && this.#fits(each.speaker, undefined, gender))
        if (said.length > 0) return said.at(-1)!.speaker
        const found = sentenceSubject(clause, span)
        if (found && found.start < limit && found.subject.kind === 'name' && !found.subject.group && this.#fits(found.subject.text, found.subject.gender, gender)) {
          return found.subject.text
        }
        // Not the other people named in the pronoun's own sentence ("Of Obama, he said" does not mean Obama), nor in a
        // sentence about someone already met ("In a statement, he decried the Obama administration", "The congressman
        // … his wife, Huma Abedin").
        if (limit !== span.end || found?.subject.kind === 'pronoun' || opensWithPersonDescribed(clause.tokens, span.start)) continue
        // The first person named, as the one a sentence is most likely about: "Enter Ms. Lauten — … as loving God".
        const person = namesIn(clause.tokens, span).find(({ subject }) => this.#fits(subject.text, subject.gender, gender))
        if (person) return person.subject.text
      }
    }
    return null
  }
}

function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1).toLowerCase()
}

/**
 * Who speaks in each quotation, and which sentences report speech: the name an attribution gives (see speaker.ts),
 * a pronoun or a bare title ("he said", "the Prime Minister wrote") resolved to the person it stands for, the speaker
 * a headline gives after a dash, or else the speaker of the paragraph's previous quote, which the text goes on quoting.
 */
export function attribute(text: string, paragraphs: readonly QuotedParagraph[]): Attribution {
  const clauses = paragraphs.map((paragraph) => clauseText(text, paragraph.start, paragraph.end, paragraph.quotes))
  const antecedents = new Antecedents(clauses)
  const reported: ReportedSpeech[] = []
  let lastQuoted: string | null = null
  const quotes = paragraphs.map((paragraph, index) => {
    const clause = clauses[index]!
    if (paragraph.quotes.length > 0) antecedents.learn(index)
    clause.sentences.forEach((sentence, at) => {
      const subject = clause.quoteTokens.some((token) => token >= sentence.start && token < sentence.end) ? null : reportingSubject(clause, sentence)
      const speaker = subject ? antecedents.resolve(subject, index, at, sentence.start) : null
      const last = clause.tokens[sentence.end - 1]!
      if (speaker !== null) reported.push({ start: clause.tokens[sentence.start]!.start, end: last.start + last.text.length, speaker })
    })
    // A paragraph that opens with a quotation goes on quoting whoever the paragraph before quoted last.
    let previous: string | null = paragraph.quotes[0]?.open === paragraph.start ? lastQuoted : null
    const speakers = paragraph.quotes.map((_, quote) => {
      const token = clause.quoteTokens[quote]!
      const at = sentenceIndexAround(clause, token)
      const sentence = clause.sentences[at] ?? { start: 0, end: clause.tokens.length }
      // A quote inside a sentence that reports speech elsewhere: "Lauten wrote in a post that they should “…”".
      const subject = attributionAfter(clause, token, sentence) ?? attributionBefore(clause, token, sentence) ?? reportingSubject(clause, sentence)
      const speaker = subject ? antecedents.resolve(subject, index, at, token) : (headlineSpeaker(text, paragraph) ?? previous)
      antecedents.said(index, at, token, speaker)
      previous = speaker
      return speaker
    })
    if (speakers.length > 0) lastQuoted = speakers.at(-1)!
    return speakers
  })
  return { quotes, reported }
}
