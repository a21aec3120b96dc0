export const MAX_TAG_LENGTH = 100
export const MAX_TAGS = 50

/** A tag as stored: trimmed, inner white space collapsed, without the `#` people type out of habit. */
export function normalizeTag(raw: string): string {
  return raw.replace(/^#+/, '').replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH)
}

/** Normalizes, drops empty tags and repeats (ignoring case), and keeps the order the user gave. */
export function normalizeTags(raw: readonly string[]): string[] {
  const seen = new Set<string>()
  const tags: string[] = []
  for (const tag of raw.map(normalizeTag)) {
    const key = tag.toLocaleLowerCase()
    if (tag === '' || seen.has(key)) continue
    seen.add(key)
    tags.push(tag)
  }
  return tags.slice(0, MAX_TAGS)
}

/** Replaces `from` by `to` (ignoring case), merging with a `to` already there. */
export function renameInTags(tags: readonly string[], from: string, to: string): string[] {
  const fromKey = normalizeTag(from).toLocaleLowerCase()
  return normalizeTags(tags.map((tag) => (tag.toLocaleLowerCase() === fromKey ? to : tag)))
}
