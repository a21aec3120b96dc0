/** A word of a folded text and where it lies, in UTF-16 offsets. */
export interface Token {
  term: string
  start: number
  end: number
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u
/**
 * Per BMP code unit: 0 not yet known, 1 part of a word, 2 not. Filled as units are met, because a table lookup is
 * several times faster than a Unicode-aware regular expression over the whole library.
 */
const unitClass = new Uint8Array(0x10000)

/**
 * Whether the character at `index` is part of a word: a letter, digit or combining mark of any script. Everything else
 * separates words, apostrophes and hyphens included, so `Hamas’s` holds the word `hamas` and a query for `didn't`
 * becomes the phrase `didn t`. Either half of a surrogate pair is judged by the pair's code point.
 */
export function isWordAt(text: string, index: number): boolean {
  const unit = text.charCodeAt(index)
  if (unit >= 0xd800 && unit <= 0xdfff) {
    const start = unit >= 0xdc00 && index > 0 && text.charCodeAt(index - 1) >= 0xd800 && text.charCodeAt(index - 1) < 0xdc00 ? index - 1 : index
    return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start)!))
  }
  if (unitClass[unit] === 0) unitClass[unit] = WORD_CHAR.test(String.fromCharCode(unit)) ? 1 : 2
  return unitClass[unit] === 1
}

function forEachWord(folded: string, visit: (start: number, end: number) => void): void {
  let start = -1
  for (let i = 0; i <= folded.length; i++) {
    if (i < folded.length && isWordAt(folded, i)) {
      if (start === -1) start = i
    } else if (start !== -1) {
      visit(start, i)
      start = -1
    }
  }
}

/** The words of a folded text, in order, with where each lies. */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = []
  forEachWord(folded, (start, end) => tokens.push({ term: folded.slice(start, end), start, end }))
  return tokens
}

/** The words of a folded text in order, repeats included: what the index records of a passage. */
export function words(folded: string): string[] {
  const found: string[] = []
  forEachWord(folded, (start, end) => found.push(folded.slice(start, end)))
  return found
}
