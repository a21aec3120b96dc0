/** The parts of a DOM node the block builder reads; linkedom's and mammoth's output both have them. */
export interface BlockNode {
  nodeType: number
  nodeName: string
  textContent: string | null
  childNodes: ArrayLike<BlockNode>
}

const TEXT_NODE = 3
const ELEMENT_NODE = 1

/** Elements that start and end a block of text; anything else runs inline within its block. */
const BLOCKS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DT', 'DD', 'DIV', 'SECTION', 'ARTICLE',
  'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'UL', 'OL', 'DL', 'TABLE', 'TR', 'TD', 'TH', 'FIGURE', 'ADDRESS', 'HR'
])
/** Elements whose content is never text a reader sees. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM', 'SELECT'])

/**
 * The text of an element as blocks, one per paragraph, heading or list item, separated by blank lines: the shape of
 * a text document, so an extracted page anchors like one. White space runs collapse; a `<br>` stays a line break.
 */
export function blockText(root: BlockNode): string {
  const blocks: string[] = []
  let line = ''
  const flush = () => {
    const block = line
      .split('\n')
      .map((part) => part.replace(/\s+/g, ' ').trim())
      .filter((part) => part !== '')
      .join('\n')
    if (block !== '') blocks.push(block)
    line = ''
  }
  const walk = (node: BlockNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) line += child.textContent ?? ''
      if (child.nodeType !== ELEMENT_NODE) continue
      const name = child.nodeName.toUpperCase()
      if (SKIPPED.has(name)) continue
      if (name === 'BR') line += '\n'
      else if (BLOCKS.has(name)) {
        flush()
        walk(child)
        flush()
      } else walk(child)
    }
  }
  walk(root)
  flush()
  return blocks.join('\n\n')
}
