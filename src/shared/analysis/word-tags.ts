import nlp from 'compromise/two'

export type Gender = 'female' | 'male' | null

/** What a run of capitalised words is, as compromise's lexicon and tagger read it out of context. */
export interface NameReading {
  /** 'person' when tagged as one, 'name' for a proper noun it does not know (most surnames), 'group' for an organisation. */
  kind: 'person' | 'name' | 'group'
  gender: Gender
}

/**
 * Tags of a word the lexicon knows that is no name when it opens a sentence, where a capital says nothing: "Instead",
 * "In", "United", "Asked", "Of Obama". Inside a sentence a capital is the writer's word that it is one.
 */
const NOT_A_NAME_AT_START = ['Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Verb', 'Adjective', 'Expression', 'Date', 'Value']
/** Tags of a word that opens a phrase before a sentence's subject: "After the debate,", "Asked whether …,", "Still,". */
const OPENING = ['Preposition', 'Adverb', 'Conjunction', 'Verb', 'Adjective', 'Date']
const FEMALE_HONORIFIC = /^(?:mrs|ms|miss|madam)\.?$/i
const MALE_HONORIFIC = /^(?:mr|sir)\.?$/i
/** The words compromise's lexicon knows. Its tagger also guesses tags for words it does not know ("Lauten" as a verb, by its ending): only a known word's tags are taken as evidence against a name. */
const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon

function isKnown(word: string): boolean {
  return Object.hasOwn(lexicon, word.toLowerCase().replace(/\.$/, ''))
}

/** Tags kept: a text names the same people again and again, and a library holds far fewer distinct words than this. */
const KEPT = 50_000
const tagged = new Map<string, Set<string>[]>()

/** compromise's tags for each word of `phrase`, read out of context. */
function tagsOf(phrase: string): Set<string>[] {
  const known = tagged.get(phrase)
  if (known) return known
  const tags: Set<string>[] = nlp(phrase)
    .json()
    .flatMap((sentence: { terms: { tags: string[] }[] }) => sentence.terms.map((term) => new Set(term.tags)))
  if (tagged.size >= KEPT) tagged.clear()
  tagged.set(phrase, tags)
  return tags
}

/**
 * How a run of capitalised words reads as a name ("Meredith Vieira": a woman; "Grimm": a name the lexicon does not
 * know; "CNN": a group), or null when it is none ("Tennessee", "San Jose", "Americans", "Daughters"), by compromise's
 * English lexicon and tagger, so a place, a people or a common noun is never taken for a speaker.
 */
export function readName(words: readonly string[]): NameReading | null {
  const tags = tagsOf(words.join(' '))
  if (tags.length !== words.length) return { kind: 'name', gender: null }
  const known = words.map(isKnown)
  const person = tags.some((each) => each.has('Person'))
  const phraseKnown = isKnown(words.join(' '))
  // A place is no speaker, unless a person's name runs through it ("Paris Hilton"); nor is a people ("Americans").
  const notPerson = (each: Set<string>, at: number) => (known[at] || phraseKnown) && (each.has('Place') || each.has('Demonym') || each.has('Plural'))
  if (!person && tags.some(notPerson)) return null
  if (tags.some((each) => each.has('Organization'))) return { kind: 'group', gender: null }
  const first = words[0]!
  const female = FEMALE_HONORIFIC.test(first) || tags[0]!.has('FemaleName')
  const male = MALE_HONORIFIC.test(first) || tags[0]!.has('MaleName')
  return { kind: person ? 'person' : 'name', gender: female ? 'female' : male ? 'male' : null }
}

/** Whether a capitalised word opening a sentence, where a capital says nothing, is a word the lexicon knows as no name. */
export function isNoNameAtStart(word: string): boolean {
  const tags = tagsOf(word)
  return tags.length === 1 && isKnown(word) && !tags[0]!.has('Person') && NOT_A_NAME_AT_START.some((tag) => tags[0]!.has(tag))
}

/** Whether a common noun names a person ("congressman", "aide", "reporter"), as compromise's Actor tag says. */
export function isPersonNoun(word: string): boolean {
  return tagsOf(word.toLowerCase())[0]?.has('Actor') ?? false
}

/** Whether a sentence's first word opens a phrase that comes before its subject ("After", "In", "Asked", "Speaking"). */
export function opensPhrase(word: string): boolean {
  const tags = tagsOf(word.toLowerCase())
  return tags.length === 1 && isKnown(word) && OPENING.some((tag) => tags[0]!.has(tag))
}
