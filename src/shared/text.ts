/** The canonical form every stored text takes: LF line endings and Unicode NFC. */
export function canonicalText(raw: string): string {
  // Most texts have no CR, which the native search finds faster than the replacement would.
  return (raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw).normalize('NFC')
}

export interface TextBlock {
  /** UTF-16 offset of the block's first character in the canonical text. */
  start: number
  end: number
}

/**
 * Unicode's bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). In a one-line label they
 * only ever hide something: "‮txt.exe" shows as "exe.txt". Marks (U+200E, U+200F) stay; they reorder nothing.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g

/** A title or outlet without bidi controls, so it reads as it is written. The text itself keeps them. */
export function withoutBidiControls(label: string): string {
  return label.replace(BIDI_CONTROLS, '')
}

const LONG_LINE = 120

/**
 * Cuts a canonical text into the blocks a reader shows as paragraphs. Web copy puts a paragraph on one
 * long line, so there every line is a block; hard-wrapped text keeps its lines inside blank-line-separated blocks.
 */
export function textBlocks(text: string): TextBlock[] {
  let lines = 0
  let long = 0
  forEachNonBlankLine(text, (start, _end, next) => {
    lines++
    if (next - start > LONG_LINE) long++
  })
  const lineMode = lines > 0 && long / lines >= 0.2
  const blocks: TextBlock[] = []
  let current: TextBlock | null = null
  let previousEnd = -2
  forEachNonBlankLine(text, (start, end, next) => {
    if (current && start === previousEnd + 1 && !lineMode) {
      current.end = end
    } else {
      current = { start, end }
      blocks.push(current)
    }
    previousEnd = next
  })
  return blocks
}

const SPACE = /\s/

/** Whether a UTF-16 unit is white space as `\s` has it; the ASCII ones without a regular expression. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && SPACE.test(String.fromCharCode(code)))
}

/** Whether a UTF-16 unit is the first half of a surrogate pair. */
function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

/**
 * Visits the lines of `text` that hold more than white space: where each starts, where it ends without its trailing
 * white space, and where its line break is. Reads by index and allocates nothing, as a 10 MB text of 100,000 lines is
 * read at every open, in the reader's thread.
 */
function forEachNonBlankLine(text: string, visit: (start: number, end: number, next: number) => void): void {
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start)
    const next = newline === -1 ? text.length : newline
    let first = start
    while (first < next && isSpace(text.charCodeAt(first))) first++
    if (first < next) {
      let end = next
      while (end > first && isSpace(text.charCodeAt(end - 1))) end--
      visit(start, end, next)
    }
    start = next + 1
  }
}

/**
 * `blocks` with each one longer than `max` UTF-16 units cut into pieces, each at the last white space before the
 * limit (which belongs to neither piece), or at the limit itself where there is none, never between the two halves
 * of a surrogate pair. Offsets stay those of the text.
 */
export function cutLongBlocks(text: string, blocks: readonly TextBlock[], max: number): TextBlock[] {
  const pieces: TextBlock[] = []
  for (const block of blocks) {
    let start = block.start
    while (block.end - start > max) {
      let space = start + max - 1
      while (space > start && !isSpace(text.charCodeAt(space))) space--
      let end = space > start ? space : start + max
      if (space <= start && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1
      pieces.push({ start, end })
      start = space > start ? end + 1 : end
    }
    pieces.push({ start, end: block.end })
  }
  return pieces
}

/**
 * The beginning of a text, at most `length` UTF-16 units, ending after a whole line where one ends in that span, so
 * the blocks it shows are whole. A reader shows it while the rest of a long text is on its way.
 */
export function textHead(text: string, length: number): string {
  if (text.length <= length) return text
  const lineEnd = text.lastIndexOf('\n', length - 1)
  if (lineEnd > 0) return text.slice(0, lineEnd + 1)
  // One line longer than the head: cut it, but not between the two halves of a surrogate pair.
  return text.slice(0, isHighSurrogate(text.charCodeAt(length - 1)) ? length - 1 : length)
}
