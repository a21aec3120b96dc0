import { partitionPoint } from '../partition-point'

const PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g

let cachedText: string | null = null
let cachedHighs: number[] = []

/**
 * UTF-16 offsets of the high surrogates of well-formed pairs, sorted. Memoised for the last text seen,
 * because anchoring converts many offsets of one (possibly multi-megabyte) text in a row.
 */
function astralStarts(text: string): number[] {
  if (cachedText === text) {
    // Keep the string just compared: an equal but distinct copy (the same file read again) would otherwise be
    // compared character by character on every later call.
    cachedText = text
    return cachedHighs
  }
  const highs: number[] = []
  for (const match of text.matchAll(PAIR)) highs.push(match.index)
  cachedText = text
  cachedHighs = highs
  return highs
}

function clamp(value: number, min: number, max: number): number {
  if (Number.isNaN(value)) return min
  return Math.min(max, Math.max(min, Math.trunc(value)))
}

/**
 * Converts a UTF-16 offset to a code-point offset. An offset between the two halves of a surrogate pair
 * is clamped to the start of that character; offsets outside the text are clamped to its ends.
 * Lone surrogates count as one code point each, as string iteration counts them.
 */
export function toCodePointOffset(text: string, utf16Offset: number): number {
  const highs = astralStarts(text)
  const at = clamp(utf16Offset, 0, text.length)
  const before = partitionPoint(highs.length, (i) => highs[i]! < at)
  if (before > 0 && highs[before - 1] === at - 1) return at - 1 - (before - 1)
  return at - before
}

/** Converts a code-point offset to a UTF-16 offset, clamped to the text. */
export function toUtf16Offset(text: string, codePointOffset: number): number {
  const highs = astralStarts(text)
  const at = clamp(codePointOffset, 0, text.length - highs.length)
  return at + partitionPoint(highs.length, (i) => highs[i]! - i < at)
}

function isPairAt(text: string, index: number): boolean {
  const high = text.charCodeAt(index)
  const low = text.charCodeAt(index + 1)
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff
}

/** Moves a UTF-16 offset that splits a surrogate pair back to the start of its character. */
export function snapToCharStart(text: string, utf16Offset: number): number {
  const at = clamp(utf16Offset, 0, text.length)
  return at > 0 && isPairAt(text, at - 1) ? at - 1 : at
}

/** UTF-16 offset `count` code points before `from` (or the text start). */
export function stepBack(text: string, from: number, count: number): number {
  let at = from
  for (let n = 0; n < count && at > 0; n++) at -= at > 1 && isPairAt(text, at - 2) ? 2 : 1
  return at
}

/** UTF-16 offset `count` code points after `from` (or the text end). */
export function stepForward(text: string, from: number, count: number): number {
  let at = from
  for (let n = 0; n < count && at < text.length; n++) at += isPairAt(text, at) ? 2 : 1
  return at
}
