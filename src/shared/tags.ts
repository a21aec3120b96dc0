export const MAX_TAG_LENGTH = 100
export const MAX_TAGS = 50

/** A tag as stored: trimmed, inner white space collapsed, without the `#` people type out of habit. */
export function normalizeTag(raw: string): string {
  return raw.replace(/^#+/, '').replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH)
}

/**
 * What two tags are compared by: the same tag in any case is one tag. The folding ignores the machine's locale, so a
 * Turkish "I" folds as everywhere else and a library sorts and matches its tags the same on every machine.
 */
export function tagKey(tag: string): string {
  return tag.toLowerCase()
}

/** Whether `tags` holds `tag` in any case. */
export function hasTag(tags: readonly string[], tag: string): boolean {
  const key = tagKey(tag)
  return tags.some((t) => tagKey(t) === key)
}

/** Normalizes, drops empty tags and repeats (ignoring case), and keeps the order the user gave. */
export function normalizeTags(raw: readonly string[]): string[] {
  const seen = new Set<string>()
  const tags: string[] = []
  for (const tag of raw.map(normalizeTag)) {
    const key = tagKey(tag)
    if (tag === '' || seen.has(key)) continue
    seen.add(key)
    tags.push(tag)
  }
  return tags.slice(0, MAX_TAGS)
}

/** Replaces `from` by `to` (ignoring case), merging with a `to` already there. */
export function renameInTags(tags: readonly string[], from: string, to: string): string[] {
  const fromKey = tagKey(normalizeTag(from))
  return normalizeTags(tags.map((tag) => (tagKey(tag) === fromKey ? to : tag)))
}
