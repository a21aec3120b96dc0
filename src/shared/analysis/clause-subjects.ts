import type { ClauseToken } from './clause-tokens'
import { isNoNameAtStart, isPersonNoun, readName, type Gender } from './word-tags'

/** Who a clause says is speaking: a name, a pronoun to resolve, or a description ("the prime minister’s office"). */
export interface Subject {
  kind: 'name' | 'pronoun' | 'description'
  text: string
  /** A description made only of titles ("the Prime Minister") names someone mentioned before. */
  bare?: boolean
  /** For a name or a pronoun, as far as the name or the pronoun tells. */
  gender?: Gender
  /** A name of an organisation ("CNN"), which a pronoun never stands for. */
  group?: boolean
}

/** Words that stand before a name and are no part of it. */
const TITLES = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'envoy', 'special', 'ambassador', 'senator', 'sen', 'rep',
  'representative', 'governor', 'gov', 'mayor', 'chancellor', 'spokesperson', 'spokesman', 'spokeswoman', 'general',
  'gen', 'chief', 'commander', 'defense', 'defence', 'finance', 'foreign', 'security', 'national', 'strategic',
  'affairs', 'state', 'interior', 'justice', 'former', 'u.s', 'us', 'uk', 'un', 'israeli', 'palestinian', 'american',
  'french', 'british', 'mr', 'mrs', 'ms', 'dr', 'king', 'queen', 'prince', 'pope', 'leader', 'director', 'adviser',
  'advisor', 'official', 'hostage'
])

const NOT_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'i'
])

const PRONOUNS = new Set(['he', 'she'])

function pronoun(token: ClauseToken): Subject {
  return { kind: 'pronoun', text: token.text, gender: token.lower === 'she' ? 'female' : 'male' }
}
/** Words a description of a speaker runs to: "the prime minister’s office". */
export const DESCRIPTION_MAX_WORDS = 4

export function lower(token: ClauseToken | undefined): string {
  return token?.lower ?? ''
}

function isTitle(word: string): boolean {
  return TITLES.has(withoutPossessive(word).toLowerCase().replace(/\.$/, ''))
}

function withoutPossessive(word: string): string {
  return word.replace(/['’]s?$/u, '')
}

/** A dateline ("WASHINGTON —") is in capitals; a party tag ("D-Md.", "R-Ky.") follows a name, and is none. */
const NOT_A_NAME = /^\p{Lu}{2,}$|^[DRI]-\p{Lu}/u

function isCapitalized(token: ClauseToken | undefined): boolean {
  return token?.kind === 'word' && /^\p{Lu}/u.test(token.text) && !NOT_NAMES.has(lower(token)) && !NOT_A_NAME.test(token.text)
}

/**
 * A run of capitalized words, titles taken off the front: a name, or with "the" before it a bare title. A sentence's
 * opening word that is no name is left out ("Of Obama", "Enter Ms. Lauten"); with `whole`, such a run gives none, as
 * "Of Obama, he said" has no subject before its comma.
 */
function fromRun(words: string[], sentenceStart: boolean, article: boolean, whole = false): Subject | null {
  const opening = sentenceStart && !article && words.length > 0 && isNoNameAtStart(words[0]!)
  if (opening && whole) return null
  const plain = words.slice(opening ? 1 : 0).map(withoutPossessive)
  const firstName = plain.findIndex((word) => !isTitle(word))
  if (firstName === -1) return article && plain.length > 0 ? { kind: 'description', text: `the ${plain.join(' ')}`, bare: true } : null
  const reading = readName(plain)
  if (!reading) return null
  const name: Subject = { kind: 'name', text: plain.slice(firstName).join(' '), gender: reading.gender }
  return reading.kind === 'group' ? { ...name, group: true } : name
}

export interface Found {
  subject: Subject
  /** Token range [start, end] the subject covers. */
  start: number
  end: number
}

/** The subject that ends at token `end`, read backwards: "Trump", "he", "the president", "the prime minister’s office". */
export function subjectEndingAt(tokens: readonly ClauseToken[], end: number, sentenceStart: number): Found | null {
  const last = tokens[end]
  if (last?.kind !== 'word' || end < sentenceStart) return null
  if (PRONOUNS.has(lower(last))) return { subject: pronoun(last), start: end, end }
  if (isCapitalized(last)) {
    let start = end
    while (start - 1 >= sentenceStart && isCapitalized(tokens[start - 1])) start--
    const article = start - 1 >= sentenceStart && lower(tokens[start - 1]) === 'the'
    const subject = fromRun(texts(tokens, start, end), start === sentenceStart, article)
    return subject ? { subject, start: article ? start - 1 : start, end } : null
  }
  for (let at = end - 1; at >= Math.max(sentenceStart, end - DESCRIPTION_MAX_WORDS); at--) {
    if (tokens[at]?.kind !== 'word') return null
    if (lower(tokens[at]) !== 'the') continue
    const words = texts(tokens, at + 1, end)
    // "the Texas governor", like "the governor", stands for someone named before.
    const bare = isTitle(words.at(-1)!)
    return { subject: { kind: 'description', text: `the ${words.join(' ')}`, bare }, start: at, end }
  }
  return null
}

/** The subject that starts at token `start`, read forwards: a pronoun, a name, or "the" and titles ("The president"). */
export function subjectStartingAt(tokens: readonly ClauseToken[], start: number, sentenceStart: number): Found | null {
  const first = tokens[start]
  if (first?.kind !== 'word') return null
  if (PRONOUNS.has(lower(first))) return { subject: pronoun(first), start, end: start }
  if (lower(first) === 'the') {
    let end = start
    while (tokens[end + 1]?.kind === 'word' && isTitle(tokens[end + 1]!.text)) end++
    if (end > start && !isCapitalized(tokens[end + 1])) {
      return { subject: { kind: 'description', text: `the ${texts(tokens, start + 1, end).join(' ')}`, bare: true }, start, end }
    }
  }
  const from = lower(first) === 'the' ? start + 1 : start
  let end = from
  while (isCapitalized(tokens[end + 1])) end++
  if (!isCapitalized(tokens[from])) return null
  const subject = fromRun(texts(tokens, from, end), from === sentenceStart, from > start, true)
  return subject ? { subject, start, end } : null
}

function texts(tokens: readonly ClauseToken[], start: number, end: number): string[] {
  return tokens.slice(start, end + 1).map((token) => token.text)
}

/** The people a sentence names, in order: each run of capitalised words that reads as a person's name, not a group's. */
export function namesIn(tokens: readonly ClauseToken[], sentence: { start: number; end: number }): Found[] {
  const found: Found[] = []
  for (let at = sentence.start; at < sentence.end; at++) {
    if (!isCapitalized(tokens[at])) continue
    let end = at
    while (end + 1 < sentence.end && isCapitalized(tokens[end + 1])) end++
    const subject = fromRun(texts(tokens, at, end), at === sentence.start, false)
    if (subject?.kind === 'name' && !subject.group) found.push({ subject, start: at, end })
    at = end
  }
  return found
}

/** Whether the sentence at `start` opens with a person described, not named: "The congressman also …", "The aide …". */
export function opensWithPersonDescribed(tokens: readonly ClauseToken[], start: number): boolean {
  if (lower(tokens[start]) !== 'the') return false
  for (let at = start + 1; at <= start + DESCRIPTION_MAX_WORDS - 1 && tokens[at]?.kind === 'word'; at++) {
    if (isTitle(tokens[at]!.text) || isPersonNoun(tokens[at]!.text)) return true
  }
  return false
}
