import { stringify } from 'yaml'
import { tagKey } from '../tags'
import { safeTag } from './escape'
import { compareText } from './select'
import type { ExportDocument } from './types'

/**
 * The tags of the documents and of their exported highlights, in the form the body uses
 * (see `safeTag`), without repeats (ignoring case, as Obsidian does) and sorted, so Obsidian's tag pane and the body agree.
 */
function frontMatterTags(docs: readonly ExportDocument[]): string[] {
  const all = docs.flatMap((doc) => [...doc.meta.tags, ...doc.highlights.flatMap((h) => h.tags)])
  const unique = new Map<string, string>()
  for (const tag of all.map(safeTag)) if (!unique.has(tagKey(tag))) unique.set(tagKey(tag), tag)
  return [...unique.values()].sort(compareText)
}

/** A document's fields, without those it has not got: a report says nothing rather than `outlet: null`. */
function described({ meta }: ExportDocument): Record<string, string> {
  const fields = { title: meta.title, author: meta.author, outlet: meta.outlet, date: meta.date, source: meta.sourceName }
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== null))
}

/**
 * YAML front matter made by the `yaml` library, which quotes whatever needs it (colons,
 * `#`, quotes, new lines), so no title can break the block.
 */
export function frontMatter(docs: readonly ExportDocument[], exportedAt: string): string {
  const tags = frontMatterTags(docs)
  const only = docs.length === 1 ? docs[0] : undefined
  const data = only
    ? { ...described(only), exported: exportedAt, tags }
    : { title: 'Parallax notes', exported: exportedAt, documents: docs.map(described), tags }
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`
}
