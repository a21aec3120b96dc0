/** Where a headline stands for its document among outlets' names: about as long as a long outlet name. */
const SHORT_TITLE = 32

/**
 * A headline cut to its first words, for a list that names documents by outlet and has none for this one:
 * "Hamas rejects Trump threat…". Cut between words, or inside a long word (or a text without spaces) when it must.
 */
export function shortTitle(title: string, max = SHORT_TITLE): string {
  const chars = [...title.trim()]
  if (chars.length <= max) return chars.join('')
  const head = chars.slice(0, max + 1).join('')
  const space = head.search(/\s\S*$/u)
  const cut = space >= max / 2 ? head.slice(0, space) : chars.slice(0, max).join('')
  return `${cut.replace(/[\s\p{P}]+$/u, '')}…`
}
