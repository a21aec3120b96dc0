/** The canonical form every stored text takes: LF line endings and Unicode NFC. */
export function canonicalText(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').normalize('NFC')
}

export interface TextBlock {
  /** UTF-16 offset of the block's first character in the canonical text. */
  start: number
  end: number
}

const LONG_LINE = 120

/**
 * Cuts a canonical text into the blocks a reader shows as paragraphs. Web copy puts a paragraph on one
 * long line, so there every line is a block; hard-wrapped text keeps its lines inside blank-line-separated blocks.
 */
export function textBlocks(text: string): TextBlock[] {
  const lines = [...text.matchAll(/[^\n]*/g)].filter((m) => m[0].trim() !== '')
  const long = lines.filter((m) => m[0].length > LONG_LINE).length
  const lineMode = lines.length > 0 && long / lines.length >= 0.2
  const blocks: TextBlock[] = []
  let current: TextBlock | null = null
  let previousEnd = -2
  for (const line of lines) {
    const start = line.index
    const end = start + line[0].trimEnd().length
    const adjacent = start === previousEnd + 1
    if (current && adjacent && !lineMode) {
      current.end = end
    } else {
      current = { start, end }
      blocks.push(current)
    }
    previousEnd = start + line[0].length
  }
  return blocks
}
