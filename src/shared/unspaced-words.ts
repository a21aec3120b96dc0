/**
 * Scripts written without spaces between words: Chinese, Japanese, Thai, Lao, Khmer and Burmese. Their words come
 * from ICU's dictionaries through Intl.Segmenter; every other script's words are its runs of letters and digits.
 */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u

/** Below U+0E00 (Thai) no script is written without spaces, so most words are ruled out without a Unicode lookup. */
export const UNSPACED_FROM = 0x0e00
const PAST_UNSPACED_FROM = /[^\0-\u0dff]/

const segmenter = new Intl.Segmenter('und', { granularity: 'word' })

/**
 * Text handed to the segmenter at once. V8's word segmenter takes time quadratic in its input (10,000 characters of
 * Chinese in 51 ms, 50,000 in 1.5 s, measured here on Node 20), so a long run is read in windows. The words near a
 * window's end may be cut wrongly (the dictionary sees half a word), so only those ending `MARGIN` characters before
 * it are kept, and the next window starts after them.
 */
const WINDOW = 512
const MARGIN = 64

/** Whether a run of letters and digits holds a script written without spaces, so it is several words. */
export function isUnspaced(run: string): boolean {
  return PAST_UNSPACED_FROM.test(run) && UNSPACED.test(run)
}

/**
 * The words of a run of letters and digits (no space or punctuation inside) that `isUnspaced`, as [start, end)
 * offsets into it: "人质谈判已经破裂" is 人质, 谈判, 已经 and 破裂.
 */
export function unspacedWords(run: string): [number, number][] {
  const found: [number, number][] = []
  let from = 0
  while (from < run.length) {
    const to = Math.min(run.length, from + WINDOW)
    const window = [...segmenter.segment(run.slice(from, to))]
    const settled = window.filter((segment) => segment.index + segment.segment.length <= WINDOW - MARGIN)
    const complete = to === run.length ? window : settled.length > 0 ? settled : window.slice(0, 1)
    for (const segment of complete) {
      if (segment.isWordLike) found.push([from + segment.index, from + segment.index + segment.segment.length])
    }
    const last = complete.at(-1)!
    from += last.index + last.segment.length
  }
  return found
}
