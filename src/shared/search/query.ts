import { foldText } from './fold'
import { isWordAt, tokenize } from './tokenize'

/** One word of a query, folded. */
export interface QueryWord {
  term: string
  /** The last word while it is being typed: it also matches the longer words it begins. */
  prefix: boolean
  /** A word inside quotes, matched as written (folded) and never corrected as a typo. */
  exact: boolean
}

/**
 * Words that must follow one another in a passage: a quoted phrase, or a word such as `didn't` or `US-Israeli` that
 * folds into several. A plain word is a clause of one.
 */
export type QueryClause = QueryWord[]

/**
 * Characters a word being typed needs before it is looked up as a prefix. One letter begins too many words to be
 * worth the wait (in the benchmark library `h` alone reaches 137,000 of 181,000 passages), and the next keystroke
 * replaces the answer anyway.
 */
const MIN_PREFIX = 2

/**
 * Reads what is typed in the search box into clauses that must all match one passage. Text between double quotes
 * (straight or curly) is a phrase; a quote left open is a phrase still being typed. The last word is a prefix unless a
 * space, a closing quote or punctuation follows it; while it is a single character it is left out, or matched as a
 * whole word when it is all there is.
 */
export function parseQuery(text: string): QueryClause[] {
  const folded = foldText(text)
  const parts = folded.split('"')
  const clauses: QueryClause[] = []
  parts.forEach((part, index) => {
    const quoted = index % 2 === 1
    for (const chunk of quoted ? [part] : part.split(/\s+/)) {
      const words = tokenize(chunk).map((token) => ({ term: token.term, prefix: false, exact: quoted }))
      if (words.length > 0) clauses.push(words)
    }
  })
  const lastClause = clauses.at(-1)
  const last = lastClause?.at(-1)
  if (!lastClause || !last || !isWordAt(folded, folded.length - 1)) return clauses
  if (last.term.length >= MIN_PREFIX) last.prefix = true
  else if (clauses.length > 1 || lastClause.length > 1) lastClause.pop()
  return clauses.filter((clause) => clause.length > 0)
}
