import type { Outlet } from '../../shared/model'

/**
 * What a quote's summary says of where it was found, counting outlets, not documents: "2 outlets: tjvnews.com, RT",
 * "1 outlet, 3 documents: New York Times". `outlets` has one entry per document, undefined where it names no outlet.
 * The names come apart from the count, so a view can set each in its own direction.
 */
export function outletLine(outlets: readonly (Pick<Outlet, 'key' | 'name'> | undefined)[]): { head: string; names: string[] } {
  const named = [...new Map(outlets.filter((o) => o !== undefined).map((o) => [o.key, o.name])).values()]
  const unnamed = outlets.length - outlets.filter((o) => o !== undefined).length
  const documents = plural(outlets.length, 'document')
  if (named.length === 0) return { head: `${documents}, no outlet named`, names: [] }
  const head = named.length === outlets.length ? plural(named.length, 'outlet') : `${plural(named.length, 'outlet')}, ${documents}`
  return { head, names: [...named, ...(unnamed > 0 ? [`${unnamed} with no outlet`] : [])] }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
