import { snapToCharStart, stepBack, stepForward, toCodePointOffset } from './code-points'
import type { Selectors } from './types'

/** Context length in code points: enough to tell repeated wire-copy sentences apart, short enough to survive nearby edits. */
const CONTEXT_LENGTH = 32

/**
 * Builds both selectors for the UTF-16 range [start, end) of text, with up to 32 code points of
 * prefix and suffix. Ends are clamped to the text and to character starts; reversed ends are swapped.
 */
export function describeRange(text: string, start: number, end: number): Selectors {
  const from = snapToCharStart(text, Math.min(start, end))
  const to = snapToCharStart(text, Math.max(start, end))
  return {
    position: { start: toCodePointOffset(text, from), end: toCodePointOffset(text, to) },
    quote: {
      exact: text.slice(from, to),
      prefix: text.slice(stepBack(text, from, CONTEXT_LENGTH), from),
      suffix: text.slice(to, stepForward(text, to, CONTEXT_LENGTH))
    }
  }
}
