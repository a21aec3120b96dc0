import { ABBREVIATIONS } from '../metadata'
import type { Span } from './types'

/** A stop with its closing marks, followed by white space and something that can begin a sentence. */
const SENTENCE_END = /[.!?…]+["”’)\]]*(?=\s+["“‘([]?[\p{Lu}\p{N}])/gu

/** The word right before the stop at `at`: letters, digits and periods, as in "U.S" or "Mr". */
function wordBefore(text: string, at: number, from: number): string {
  let start = at
  while (start > from && /[\p{L}\p{N}.]/u.test(text[start - 1]!)) start--
  return text.slice(start, at)
}

function isAbbreviation(word: string): boolean {
  return word.includes('.') || /^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase())
}

/**
 * The sentences of `text` between `from` and `to`, trimmed of white space. A period ends a sentence unless it ends an
 * abbreviation or an initial ("U.S.", "Mr.", "J."); a stop inside a quotation ends a sentence like any other.
 */
export function sentencesOf(text: string, from: number, to: number): Span[] {
  const sentences: Span[] = []
  let start = from
  const push = (end: number): void => {
    while (start < end && /\s/u.test(text[start]!)) start++
    let last = end
    while (last > start && /\s/u.test(text[last - 1]!)) last--
    if (last > start) sentences.push({ start, end: last })
  }
  for (const match of text.slice(from, to).matchAll(SENTENCE_END)) {
    const stop = from + match.index
    if (text[stop] === '.' && isAbbreviation(wordBefore(text, stop, start))) continue
    push(stop + match[0].length)
    start = stop + match[0].length
  }
  push(to)
  return sentences
}
