import type { Category } from './model'

/**
 * The palette a new library starts with; ids are stable so highlights keep their meaning when names change. The
 * colours (after Okabe and Ito) differ in lightness as well as hue, so they stay apart in grayscale and to a reader
 * with red-green colour blindness; the reader adds a second cue to each, its underline and its letter.
 */
export const DEFAULT_CATEGORIES: Category[] = [
  { id: 'claim', name: 'Claim', color: '#e69f00' },
  { id: 'quote', name: 'Quote', color: '#0072b2' },
  { id: 'figure', name: 'Figure', color: '#e8d33a' },
  { id: 'framing', name: 'Framing', color: '#cc79a7' },
  { id: 'source', name: 'Source', color: '#d55e00' },
  { id: 'question', name: 'Question', color: '#7fcdf5' }
]

/** The reader paints highlights through a fixed set of named slots, one per category in palette order. */
export const MAX_CATEGORIES = 12

/**
 * The short mark of each category, shown in the reader's margin beside its highlights so that they are told apart
 * without colour: the first letter of the name, or, when an earlier category has it, the initials of its words, its
 * first two letters, or its first letter and its place in the palette.
 */
export function categoryMarks(categories: readonly Category[]): Map<string, string> {
  const taken = new Set<string>()
  const marks = new Map<string, string>()
  categories.forEach((category, index) => {
    const letters = graphemes(category.name)
    const first = letters[0]?.toLocaleUpperCase() ?? '?'
    const initials = category.name.split(/\s+/).map((word) => graphemes(word)[0] ?? '')
    const candidates = [first, first + initials.slice(1).join('').toLocaleUpperCase(), first + (letters[1] ?? ''), `${first}${index + 1}`]
    const mark = candidates.find((candidate) => !taken.has(candidate)) ?? `${index + 1}`
    taken.add(mark)
    marks.set(category.id, mark)
  })
  return marks
}

function graphemes(text: string): string[] {
  return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text.trim())].map((s) => s.segment)
}
