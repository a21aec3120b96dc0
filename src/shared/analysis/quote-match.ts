/** Quotes with fewer distinct terms than this ("finish the job", "get rid") match only as a phrase: same terms, same order, no gap. */
const PHRASE_TERMS = 4
/** A one-word quote ("positive") is a word, not a remark one can trace. */
const MIN_QUOTE_TERMS = 2
/**
 * Share of the shorter quote's terms the longer must hold: tolerates a cut, a tense, a negation said another way
 * ("Hamas never really wanted a deal" and "didn’t really want to make a deal" share four of five).
 */
const QUOTE_CONTAINMENT = 0.7
/** A paraphrase keeps at least half of a quote's terms, and at least this many: "immediately release … return … bodies". */
const PARAPHRASE_CONTAINMENT = 0.5
const PARAPHRASE_MIN_TERMS = 4

/** A quote's content terms in order, and the set of them. */
export interface QuoteTerms {
  terms: readonly string[]
  distinct: ReadonlySet<string>
}

function containsRun(terms: readonly string[], run: readonly string[]): boolean {
  outer: for (let at = 0; at + run.length <= terms.length; at++) {
    for (let offset = 0; offset < run.length; offset++) if (terms[at + offset] !== run[offset]) continue outer
    return true
  }
  return false
}

function sharedCount(small: ReadonlySet<string>, large: ReadonlySet<string>): number {
  let shared = 0
  for (const term of small) if (large.has(term)) shared++
  return shared
}

/** How many of a quote's distinct terms another quote must share to be the same remark; Infinity when it cannot be. */
function termsNeeded(distinct: number): number {
  if (distinct < MIN_QUOTE_TERMS) return Infinity
  return distinct < PHRASE_TERMS ? distinct : Math.ceil(distinct * QUOTE_CONTAINMENT)
}

/** Whether two quotes are one remark, cut or reworded. */
export function sameRemark(a: QuoteTerms, b: QuoteTerms): boolean {
  const [small, large] = a.distinct.size <= b.distinct.size ? [a, b] : [b, a]
  if (small.distinct.size < MIN_QUOTE_TERMS) return false
  if (small.distinct.size < PHRASE_TERMS) return containsRun(large.terms, small.terms)
  return sharedCount(small.distinct, large.distinct) >= termsNeeded(small.distinct.size)
}

/** How many of a quote's distinct terms a sentence must share to paraphrase it; Infinity for quotes too short to tell. */
export function paraphraseTermsNeeded(distinct: number): number {
  return distinct < PARAPHRASE_MIN_TERMS ? Infinity : Math.max(PARAPHRASE_MIN_TERMS, Math.ceil(distinct * PARAPHRASE_CONTAINMENT))
}

/** Names match on their last word, so "Trump", "Donald Trump" and "President Trump" are one speaker. */
export function sameSpeaker(a: string | null, b: string | null): boolean {
  const last = (name: string) => name.split(/\s+/u).at(-1)!.toLowerCase()
  return a !== null && b !== null && last(a) === last(b)
}
