import type { DocumentMeta, Outlet, OutletEntry } from './model'
import { documentAlias, hostOf, isHostAlias, nameKey, registrableDomain } from './outlet-key'

export type OutletSource = Pick<DocumentMeta, 'id' | 'outlet' | 'url'>

interface Group {
  key: string
  entry: OutletEntry | undefined
  aliases: Map<string, { documents: number; spellings: Map<string, number> }>
  documentIds: string[]
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

/**
 * The library's outlets: each document under the outlet its outlet field (or else its link) names. An alias the user
 * put in an edited outlet stays there; any other goes by its registrable domain, or a name by the domain it is printed
 * beside on documents that carry both a name and a link ("New York Times" with https://www.nytimes.com/… joins
 * nytimes.com), or else by itself. Outlets come sorted by name; documents with no outlet are in none.
 */
export function listOutlets(documents: readonly OutletSource[], entries: readonly OutletEntry[]): Outlet[] {
  const claimed = new Map<string, OutletEntry>()
  for (const entry of entries) for (const alias of entry.aliases) if (!claimed.has(alias)) claimed.set(alias, entry)
  const joins = nameDomains(documents)
  const groups = new Map<string, Group>()
  for (const doc of documents) {
    const alias = documentAlias(doc)
    if (alias === null) continue
    const fallback = isHostAlias(alias) ? registrableDomain(alias) : (joins.get(alias) ?? alias)
    const entry = claimed.get(alias) ?? claimed.get(fallback)
    const key = entry?.key ?? fallback
    let group = groups.get(key)
    if (!group) groups.set(key, (group = { key, entry, aliases: new Map(), documentIds: [] }))
    group.entry ??= entry
    group.documentIds.push(doc.id)
    let seen = group.aliases.get(alias)
    if (!seen) group.aliases.set(alias, (seen = { documents: 0, spellings: new Map() }))
    seen.documents += 1
    const spelling = isHostAlias(alias) ? alias : (doc.outlet ?? alias).trim()
    seen.spellings.set(spelling, (seen.spellings.get(spelling) ?? 0) + 1)
  }
  return [...groups.values()].map(toOutlet).sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.key, b.key))
}

function toOutlet(group: Group): Outlet {
  const aliases = [...group.aliases]
    .map(([key, seen]) => ({ key, label: mostFrequent(seen.spellings), documents: seen.documents }))
    .sort((a, b) => b.documents - a.documents || collator.compare(a.label, b.label))
  return {
    key: group.key,
    name: group.entry?.name ?? defaultName(group.key, aliases),
    edited: group.entry !== undefined,
    aliases,
    documentIds: group.documentIds
  }
}

/** An unedited outlet is called by the name most of its documents print, or else by its domain. */
function defaultName(key: string, aliases: Outlet['aliases']): string {
  return aliases.find((alias) => !isHostAlias(alias.key))?.label ?? key
}

function mostFrequent(counts: Map<string, number>): string {
  return [...counts].sort(([a, x], [b, y]) => y - x || collator.compare(a, b))[0]![0]
}

/** For each printed name, the registrable domain most often linked beside it on the same document. */
function nameDomains(documents: readonly OutletSource[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>()
  for (const doc of documents) {
    if (!doc.outlet || !doc.url || hostOf(doc.outlet) !== null) continue
    const name = nameKey(doc.outlet)
    const host = hostOf(doc.url)
    if (name === null || host === null) continue
    const domain = registrableDomain(host)
    const counts = votes.get(name) ?? new Map<string, number>()
    votes.set(name, counts.set(domain, (counts.get(domain) ?? 0) + 1))
  }
  return new Map([...votes].map(([name, counts]) => [name, mostFrequent(counts)]))
}
