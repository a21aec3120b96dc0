/**
 * Escaping for Markdown read by CommonMark tools and Obsidian.
 *
 * Titles and quoted passages are plain text: every character that could start Markdown,
 * Obsidian syntax (`==mark==`, `$math$`, `%%comment%%`, `#tag`, `[^note]`) or HTML is
 * backslash-escaped, as are list markers at the start of a line. Notes are Markdown, so
 * inline formatting is kept; only the constructs that could leave the note's list item
 * or add headings, quotes, fences or rules to the outline are neutralised.
 */

const INLINE_PUNCTUATION = /[\\`*_{}[\]<>#+!|~=$%^&]/g

/** Plain text for one line or several; leading and trailing blanks go, as Markdown would drop them anyway and four spaces would make code. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(INLINE_PUNCTUATION, (c) => `\\${c}`)
        .replace(/^-/, '\\-')
        .replace(/^(\d+)([.)])/, '$1\\$2')
    )
    .join('\n')
}

/** A title as one line of plain text, for headings and list items. */
export function escapeLine(text: string): string {
  return escapeText(text.replace(/\s+/g, ' ')) || 'Untitled'
}

/** List markers a note line may start with; what follows them is checked like the start of a line. */
const LEAD = /^((?:[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)*[ \t]*)/
/** A line that is only a setext underline or a thematic break. */
const RULE = /^([-*_=])(?:[ \t]*\1)*[ \t]*$/

/**
 * Where a link's destination starts: after `](` of an inline link or image, or after `]:` of a reference definition,
 * a line break included. Read over the whole note, anywhere on a line: making an ordinary `]:` in prose inert costs
 * nothing, as only an unsafe scheme is changed.
 */
const DESTINATION = /(\]\(\s*|\]:\s*)([^\s)]*)/g
/** Schemes a note's link may keep. Any other (javascript:, vbscript:, data:, file:) would run or open something. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'parallax'])
const ESCAPED_PUNCTUATION = /\\([!-/:-@[-`{-~])/g
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const CONTROL = /[\0-\x1f\x7f]/g

/**
 * A link destination as a renderer would read it, made inert unless its scheme is a safe one: `&` is written as
 * `&amp;` so no entity can spell a colon, control characters (which URL parsers drop) and backslash escapes go, and a
 * colon ending any other scheme becomes `%3A`, which leaves a harmless relative link.
 */
function inertDestination(destination: string): string {
  const plain = destination.replace(CONTROL, '').replace(ESCAPED_PUNCTUATION, '$1').replace(/&/g, '&amp;')
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(plain)?.[1]
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase()) ? plain : plain.replace(':', '%3A')
}

function neutraliseLine(line: string): string {
  const lead = LEAD.exec(line)?.[1] ?? ''
  const rest = line.slice(lead.length)
  const structural = /^(#|>|```|~~~)/.test(rest) || RULE.test(rest)
  const safe = structural ? `\\${rest}` : rest
  return (lead + safe).replace(/</g, '&lt;')
}

/**
 * A note kept as Markdown but unable to break out: headings, block quotes, fences,
 * setext underlines and rules lose their meaning by a backslash before their first
 * character, `<` becomes `&lt;` so no HTML reaches the page, and a link keeps its
 * destination only with a safe scheme (http, https, mailto, parallax).
 */
export function neutraliseNote(note: string): string {
  const lines = note.replace(/\r\n?/g, '\n').trim().split('\n').map(neutraliseLine).join('\n')
  return lines.replace(DESTINATION, (_, start: string, destination: string) => start + inertDestination(destination))
}

/**
 * A tag as Obsidian accepts it: spaces become `-` and anything but letters, digits, `_`,
 * `-` and `/` goes. Obsidian refuses a tag of digits only (`#1984`) and an empty one is
 * no tag at all, so those are prefixed with `tag-` and still show up under a tag.
 */
export function safeTag(tag: string): string {
  const cleaned = tag.trim().replace(/\s+/g, '-').replace(/[^\p{L}\p{M}\p{N}_\-/]/gu, '')
  if (cleaned === '') return 'tag'
  return /^\p{N}+$/u.test(cleaned) ? `tag-${cleaned}` : cleaned
}
