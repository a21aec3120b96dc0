import { parse } from 'tldts'

/** Private suffixes count: `alice.blogspot.com` and `bob.blogspot.com` are two blogs, not one outlet. */
const PSL = { allowPrivateDomains: true }

/**
 * The host that a domain, an address or a link names, lower-cased and without `www.`; null for anything else, a name
 * such as "New York Times" or "Reuters" among them. Only hosts under a known public suffix count, so "Mr.Smith" is a name.
 */
export function hostOf(text: string): string | null {
  const trimmed = text.trim()
  if (trimmed === '' || /\s/u.test(trimmed)) return null
  const parsed = parse(trimmed, PSL)
  if (parsed.isIp || !parsed.domain || !parsed.hostname || !(parsed.isIcann || parsed.isPrivate)) return null
  return parsed.hostname.replace(/^www\./u, '')
}

/** The registrable domain of a host (`thecaucus.blogs.nytimes.com` → `nytimes.com`), by the Public Suffix List. */
export function registrableDomain(host: string): string {
  return parse(host, PSL).domain ?? host
}

/**
 * An outlet's name folded so that ways of printing it meet: case, accents, punctuation and a leading "The" do not count
 * ("The New York Times", "new york times." → `new york times`). Null when nothing is left.
 */
export function nameKey(name: string): string | null {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
  if (words.length > 1 && words[0] === 'the') words.shift()
  return words.length > 0 ? words.join(' ') : null
}

/** Hosts hold a dot; folded names never do, so one string says which an alias is. */
export function isHostAlias(alias: string): boolean {
  return alias.includes('.')
}

/** The alias a document goes by: its outlet field, as a host or a name, or else the host of its link. */
export function documentAlias(doc: { outlet: string | null; url: string | null }): string | null {
  const fromOutlet = doc.outlet ? (hostOf(doc.outlet) ?? nameKey(doc.outlet)) : null
  return fromOutlet ?? (doc.url ? hostOf(doc.url) : null)
}

/**
 * The outlet an outlet string names before any edit: the registrable domain of a host or link, or the folded name.
 * `mobile.nytimes.com`, `thecaucus.blogs.nytimes.com` and `https://www.nytimes.com/x` are all `nytimes.com`.
 */
export function outletKey(text: string): string | null {
  const host = hostOf(text)
  return host ? registrableDomain(host) : nameKey(text)
}
