import { AppError } from './errors'
import type { Outlet, OutletEntry } from './model'
import { isHostAlias } from './outlet-key'

/**
 * Edits of the outlet list, as the catalog's entries after the edit. Each takes the entries and the outlets listed from
 * them (`listOutlets`), and refuses with an AppError before anything changes. An entry's key is always one of its
 * aliases and no alias is in two entries, so every listed outlet has one key whatever was edited.
 */

const sameName = new Intl.Collator('en', { sensitivity: 'base' })

/** Gives an outlet a display name no other outlet has. */
export function renameOutlet(entries: readonly OutletEntry[], outlets: readonly Outlet[], key: string, name: string): OutletEntry[] {
  const outlet = find(outlets, key)
  const clash = outlets.find((other) => other.key !== key && sameName.compare(other.name, name) === 0)
  if (clash) throw new AppError('conflict', `There is already an outlet named “${clash.name}”; merge the two instead.`)
  return put(entries, { ...entryOf(entries, outlet), name })
}

/** Puts every alias of `from` into `into`, which keeps its name; `from` is gone. */
export function mergeOutlets(entries: readonly OutletEntry[], outlets: readonly Outlet[], from: string, into: string): OutletEntry[] {
  if (from === into) throw new AppError('invalid-argument', 'An outlet cannot be merged into itself.')
  const source = entryOf(entries, find(outlets, from))
  const target = entryOf(entries, find(outlets, into))
  const merged = { ...target, aliases: unique([...target.aliases, ...source.aliases]) }
  return put(without(entries, source.key), merged)
}

/** Makes one alias of an outlet an outlet of its own, named as the alias is written; the rest stay together. */
export function splitAlias(entries: readonly OutletEntry[], outlets: readonly Outlet[], key: string, alias: string): OutletEntry[] {
  const outlet = find(outlets, key)
  const split = outlet.aliases.find((a) => a.key === alias)
  if (!split) throw new AppError('not-found', 'That alias is no longer in this outlet.')
  if (outlet.aliases.length < 2) throw new AppError('conflict', `“${split.label}” is all this outlet is known by, so there is nothing to split it from.`)
  const source = entryOf(entries, outlet)
  const rest = outlet.aliases.filter((a) => a.key !== alias)
  // What the rest of the documents use is claimed outright: it may have followed the split alias, a domain, until now.
  const aliases = unique([...source.aliases.filter((a) => a !== alias), ...rest.map((a) => a.key)])
  const kept: OutletEntry = {
    key: aliases.includes(source.key) ? source.key : rest[0]!.key,
    name: outlet.edited ? source.name : (rest.find((a) => !isHostAlias(a.key))?.label ?? outlet.key),
    aliases
  }
  const taken = [kept.name, ...outlets.filter((o) => o.key !== key).map((o) => o.name)]
  const parted: OutletEntry = { key: alias, name: distinctName(split.label, taken), aliases: [alias] }
  return put(put(without(entries, source.key), kept), parted)
}

function find(outlets: readonly Outlet[], key: string): Outlet {
  const outlet = outlets.find((o) => o.key === key)
  if (!outlet) throw new AppError('not-found', 'That outlet is no longer in the library.')
  return outlet
}

/** An outlet's entry: its own, or for an unedited outlet one that claims its key and every alias its documents use. */
function entryOf(entries: readonly OutletEntry[], outlet: Outlet): OutletEntry {
  const entry = entries.find((e) => e.key === outlet.key)
  return entry ?? { key: outlet.key, name: outlet.name, aliases: unique([outlet.key, ...outlet.aliases.map((a) => a.key)]) }
}

function put(entries: readonly OutletEntry[], entry: OutletEntry): OutletEntry[] {
  return [...without(entries, entry.key), entry]
}

function without(entries: readonly OutletEntry[], key: string): OutletEntry[] {
  return entries.filter((e) => e.key !== key)
}

function unique(values: string[]): string[] {
  return [...new Set(values)]
}

/** "Name", or "Name (2)", "Name (3)"… when another outlet is called so. */
function distinctName(name: string, taken: readonly string[]): string {
  let candidate = name
  for (let n = 2; taken.some((t) => sameName.compare(t, candidate) === 0); n++) candidate = `${name} (${n})`
  return candidate
}
