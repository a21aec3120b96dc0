import type { ClauseText, ClauseToken } from './clause-tokens'
import { opensPhrase } from './word-tags'
import { DESCRIPTION_MAX_WORDS, lower, subjectEndingAt, subjectStartingAt, type Found, type Subject } from './clause-subjects'
import type { Span } from './types'

const SPEECH_VERBS = new Set(
  ('say says said saying tell tells told state states stated declare declares declared write writes wrote post posts ' +
    'posted add adds added adding assert asserts asserted argue argues argued insist insists insisted insisting warn ' +
    'warns warned warning suggest suggests suggested claim claims claimed claiming allege alleged alleging note notes ' +
    'noted explain explained reply replied respond responded announce announced vow vowed vowing urge urged urging ' +
    'demand demanded demanding echo echoed accuse accused accusing tweet tweeted remark remarked emphasize emphasized ' +
    'emphasizing stress stressed acknowledge acknowledged predict predicted threaten threatened promise promised ask ' +
    'asked describe described maintain maintained maintaining reiterate reiterated call calls called confirm confirms ' +
    'confirmed continue continues continued retort retorted respond responds testify testified apologize apologized ' +
    'joke joked complain complained concede conceded recall recalled counter countered contend contended charge charged ' +
    'quip quipped scoff scoffed refer refers referred referring writing telling stating declaring adding noting explaining').split(' ')
)
const PASSIVE = new Set(['be', 'being', 'been', 'is', 'are', 'was', 'were'])
/** Words between a subject and its verb that leave the attribution intact: "Witkoff later said", "has reported". */
const BETWEEN = new Set(['has', 'have', 'had', 'also', 'later', 'then', 'again', 'once', 'reportedly', 'allegedly', 'earlier', 'previously', 'publicly', 'repeatedly'])
const AFTER_QUOTE_REACH = 6
/** Tokens the opening phrases before a sentence's subject may run to: "WASHINGTON — In one of her final appearances as secretary of state, …". */
const OPENING_REACH = 30

/** A speech verb as written in running text: in lower case, so "the United States" holds none. */
function isVerb(token: ClauseToken | undefined): boolean {
  return token?.kind === 'word' && token.text[0] === token.lower[0] && SPEECH_VERBS.has(token.lower)
}

/** The index of the sentence that holds token `token`. */
export function sentenceIndexAround(clause: ClauseText, token: number): number {
  return clause.sentences.findIndex((sentence) => token >= sentence.start && token < sentence.end)
}

/** "…,” said Jane Doe", "…,” said Trump in an interview", "…,” said the foreign ministry": the subject follows the verb. */
function subjectAfterVerb(clause: ClauseText, verb: number, sentence: Span): Subject | null {
  if (verb + 1 >= sentence.end) return null
  if (lower(clause.tokens[verb + 1]) !== 'the') return subjectStartingAt(clause.tokens, verb + 1, sentence.start)?.subject ?? null
  // A description runs to the end of the clause: "said the foreign ministry".
  let end = verb + 1
  while (end < sentence.end && clause.tokens[end]!.kind === 'word') end++
  const found = subjectEndingAt(clause.tokens, end - 1, verb + 1)
  return found?.start === verb + 1 ? found.subject : null
}

/** "…,” Trump said", "…,” he declared", "…,” said the spokesman", "…,” the Prime Minister wrote". */
export function attributionAfter(clause: ClauseText, quote: number, sentence: Span): Subject | null {
  const { tokens } = clause
  const start = tokens[quote + 1]?.kind === 'comma' ? quote + 2 : quote + 1
  for (let verb = start; verb < Math.min(sentence.end, start + AFTER_QUOTE_REACH); verb++) {
    if (tokens[verb]?.kind !== 'word') return null
    if (!isVerb(tokens[verb])) continue
    // "…,” saying he was referring to …": the participle's subject is the sentence's.
    if (verb === start) return lower(tokens[verb]).endsWith('ing') ? (sentenceSubject(clause, sentence)?.subject ?? null) : subjectAfterVerb(clause, verb, sentence)
    const found = subjectOfVerb(clause, verb, { start, end: sentence.end })
    return found?.start === start ? found.subject : null
  }
  return null
}

/**
 * The sentence's own subject, a name or a pronoun: at its start, or after a dateline or an opening phrase ("WASHINGTON
 * — Hillary Clinton …", "Speaking on Friday, Trump …", "Asked whether …, Mr. Santorum …").
 */
export function sentenceSubject(clause: ClauseText, sentence: Span): Found | null {
  const { tokens } = clause
  const direct = subjectStartingAt(tokens, sentence.start, sentence.start)
  if (direct) return direct
  let phrase = sentence.start
  for (let at = sentence.start; at < sentence.end && phrase - sentence.start < OPENING_REACH; at++) {
    const token = tokens[at]!
    if (token.kind !== 'comma' && token.kind !== 'break') continue
    const first = tokens[phrase]!
    // "The congressman also spoke of his wife, Huma Abedin, …": a comma after a subject of its own opens no phrase.
    if (token.kind === 'comma' && first.kind === 'word' && !opensPhrase(first.text)) return null
    const after = subjectStartingAt(tokens, at + 1, at + 1) ?? appositiveName(clause, at + 1, sentence)
    if (after?.subject.kind === 'name' || after?.subject.kind === 'pronoun') return after
    phrase = at + 1
  }
  return null
}

/** "the aide, Elizabeth Lauten, 31, …": a description in lower case, then the name it gives. */
function appositiveName(clause: ClauseText, start: number, sentence: Span): Found | null {
  if (lower(clause.tokens[start]) !== 'the') return null
  for (let at = start + 1; at < Math.min(sentence.end, start + 1 + DESCRIPTION_MAX_WORDS); at++) {
    const token = clause.tokens[at]!
    if (token.kind === 'comma') return subjectStartingAt(clause.tokens, at + 1, sentence.start)
    if (token.kind !== 'word') return null
  }
  return null
}

function subjectOfVerb(clause: ClauseText, verb: number, sentence: Span): Found | null {
  let end = verb - 1
  while (end > sentence.start && BETWEEN.has(lower(clause.tokens[end]))) end--
  return subjectEndingAt(clause.tokens, end, sentence.start)
}

/**
 * Reads back from the quote to the speech verb that introduces it and the verb's subject: "Trump asserted Hamas
 * “…”", "Steve Witkoff, the US special envoy, told reporters that “…”". A passive verb ("being described as") names
 * no speaker. A verb with no subject of its own ("…, alleging Hamas displayed “…”", "Biden was quick to retort:",
 * "Grimm stormed back, leaned into him and said,") takes the sentence's subject.
 */
export function attributionBefore(clause: ClauseText, quote: number, sentence: Span): Subject | null {
  const { tokens } = clause
  for (let at = quote - 1; at >= sentence.start; at--) {
    const token = tokens[at]!
    // "Biden responded: “…”": a colon right before the quote introduces it.
    const introduces = at === quote - 1 && token.text === ':'
    if ((token.kind === 'break' && !introduces) || token.kind === 'stop' || (token.kind === 'comma' && at !== quote - 1)) return null
    if (!isVerb(token) || PASSIVE.has(lower(tokens[at - 1]))) continue
    const found = subjectOfVerb(clause, at, sentence)
    if (found) return found.subject
    if (tokens[at - 1]?.kind === 'comma' && !lower(token).endsWith('ing')) {
      const comma = tokens.slice(sentence.start, at - 1).map((t) => t.kind).lastIndexOf('comma')
      const appositive = comma === -1 ? null : subjectEndingAt(tokens, sentence.start + comma - 1, sentence.start)
      if (appositive) return appositive.subject
    }
    return sentenceSubject(clause, sentence)?.subject ?? null
  }
  return null
}

/**
 * Who a sentence reports as speaking without quoting: the subject of its first active speech verb outside quotes
 * ("Trump called on Hamas to immediately release …"). Paraphrases of a quote are looked for among such sentences.
 */
export function reportingSubject(clause: ClauseText, sentence: Span): Subject | null {
  for (let at = sentence.start; at < sentence.end; at++) {
    const verb = lower(clause.tokens[at])
    // A form in -ing is as often a noun ("the latest warning") as a verb.
    if (!isVerb(clause.tokens[at]) || verb.endsWith('ing') || PASSIVE.has(lower(clause.tokens[at - 1]))) continue
    const found = subjectOfVerb(clause, at, sentence)
    if (found && found.subject.kind !== 'description') return found.subject
  }
  return null
}
