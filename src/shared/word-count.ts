const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u
const NUMBER = /\p{N}/u
const WORD_MARK = /[\p{M}\u200c\u200d]/u

/** Letters and digits start a word. ASCII is decided by code, the rest by Unicode property, as most text is ASCII. */
function isStart(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return LETTER_OR_NUMBER.test(String.fromCodePoint(code))
}

/** Inside a word, combining marks and zero-width joiners carry on what a letter began. */
function isPart(code: number): boolean {
  return isStart(code) || (code >= 128 && WORD_MARK.test(String.fromCodePoint(code)))
}

function isNumber(code: number): boolean {
  return code < 128 ? code >= 48 && code <= 57 : NUMBER.test(String.fromCodePoint(code))
}

const APOSTROPHE = 0x27
const RIGHT_QUOTE = 0x2019
const PERIOD = 0x2e
const COMMA = 0x2c
const COLON = 0x3a

function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011
}

/**
 * Counts words as a reader would: "didn’t", "U.S.-Israeli" and "1,200" are one word each, emoji and dashes are
 * none. A word is a run of letters or digits, read through an apostrophe, a hyphen (also after a period, as in
 * "U.S.-Israeli"), a period, or a comma or colon between digits, when a letter or digit follows. Intl.Segmenter
 * would be the standard tool, but V8's takes time quadratic in the input and splits hyphenated words; a regular
 * expression with Unicode classes took 0.3 s for 10 MB, so this reads the text once, mostly by char code.
 */
export function countWords(text: string): number {
  const length = text.length
  const code = (i: number) => (i < length ? text.codePointAt(i)! : -1)
  const width = (c: number) => (c > 0xffff ? 2 : 1)
  let count = 0
  let i = 0
  while (i < length) {
    const first = code(i)
    i += width(first)
    if (!isStart(first)) continue
    count++
    let previous = first
    for (;;) {
      let c = code(i)
      while (c >= 0 && isPart(c)) {
        previous = c
        i += width(c)
        c = code(i)
      }
      let joiner = 0
      if (c === APOSTROPHE || c === RIGHT_QUOTE || isHyphen(c)) joiner = 1
      else if (c === PERIOD) joiner = isHyphen(code(i + 1)) && isStart(code(i + 2)) ? 2 : 1
      else if ((c === COMMA || c === COLON) && isNumber(previous) && isNumber(code(i + 1))) joiner = 1
      const next = code(i + joiner)
      if (joiner === 0 || next < 0 || !isStart(next)) break
      i += joiner
      previous = next
      i += width(next)
    }
  }
  return count
}
