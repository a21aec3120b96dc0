import type { ClauseText } from './clause-tokens'
import { lower, subjectEndingAt, subjectStartingAt, type Found, type Subject } from './names'
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
    'quip quipped scoff scoffed writing telling stating declaring adding noting explaining').split(' ')
)
const PASSIVE = new Set(['be', 'being', 'been', 'is', 'are', 'was', 'were'])
/** Words between a subject and its verb that leave the attribution intact: "Witkoff later said", "has reported". */
const BETWEEN = new Set(['has', 'have', 'had', 'also', 'later', 'then', 'again', 'once', 'reportedly', 'allegedly', 'earlier', 'previously', 'publicly', 'repeatedly'])
const AFTER_QUOTE_REACH = 6

const isVerb = (text: string) => SPEECH_VERBS.has(text)

export function sentenceAround(clause: ClauseText, token: number): Span {
  return clause.sentences.find((sentence) => token >= sentence.start && token < sentence.end) ?? { start: 0, end: clause.tokens.length }
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
    if (!isVerb(lower(tokens[verb]))) continue
    if (verb === start) return lower(tokens[verb]).endsWith('ing') ? null : subjectAfterVerb(clause, verb, sentence)
    const found = subjectOfVerb(clause, verb, { start, end: sentence.end })
    return found?.start === start ? found.subject : null
  }
  return null
}

/** The sentence's own subject: at its start, or after an opening phrase or a dateline. */
export function sentenceSubject(clause: ClauseText, sentence: Span): Subject | null {
  const direct = subjectStartingAt(clause.tokens, sentence.start, sentence.start)
  if (direct) return direct.subject
  // After an opening phrase or a dateline: "Speaking on Friday, Trump …", "WASHINGTON — Hillary Clinton …".
  const comma = clause.tokens.findIndex((token, index) => index >= sentence.start && index < sentence.end && (token.kind === 'comma' || token.kind === 'break'))
  const after = comma === -1 ? null : subjectStartingAt(clause.tokens, comma + 1, sentence.start)
  return after?.subject.kind === 'name' ? after.subject : null
}

function subjectOfVerb(clause: ClauseText, verb: number, sentence: Span): Found | null {
  let end = verb - 1
  while (end > sentence.start && BETWEEN.has(lower(clause.tokens[end]))) end--
  return subjectEndingAt(clause.tokens, end, sentence.start)
}

/**
 * Reads back from the quote to the speech verb that introduces it and the verb's subject: "Trump asserted Hamas
 * “…”", "Steve Witkoff, the US special envoy, told reporters that “…”". A passive verb ("being described as") names
 * no speaker; a participle after a comma ("…, alleging Hamas displayed “…”") takes the sentence's subject.
 */
export function attributionBefore(clause: ClauseText, quote: number, sentence: Span): Subject | null {
  const { tokens } = clause
  for (let at = quote - 1; at >= sentence.start; at--) {
    const token = tokens[at]!
    // "Biden responded: “…”": a colon right before the quote introduces it.
    const introduces = at === quote - 1 && token.text === ':'
    if ((token.kind === 'break' && !introduces) || token.kind === 'stop' || (token.kind === 'comma' && at !== quote - 1)) return null
    if (token.kind !== 'word' || !isVerb(lower(token)) || PASSIVE.has(lower(tokens[at - 1]))) continue
    const found = subjectOfVerb(clause, at, sentence)
    if (found) return found.subject
    if (tokens[at - 1]?.kind !== 'comma') continue
    const comma = tokens.slice(sentence.start, at - 1).map((t) => t.kind).lastIndexOf('comma')
    const appositive = comma === -1 ? null : subjectEndingAt(tokens, sentence.start + comma - 1, sentence.start)
    if (appositive) return appositive.subject
    if (lower(token).endsWith('ing')) return sentenceSubject(clause, sentence)
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
    if (!isVerb(verb) || verb.endsWith('ing') || PASSIVE.has(lower(clause.tokens[at - 1]))) continue
    const found = subjectOfVerb(clause, at, sentence)
    if (found && found.subject.kind !== 'description') return found.subject
  }
  return null
}
