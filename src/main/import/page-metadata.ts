import { cleanText, isoDay, type FoundMeta } from './found-meta'

/** The parts of a parsed page the metadata reader queries. */
export interface PageElement {
  getAttribute(name: string): string | null
  textContent: string | null
}
export interface PageDocument {
  querySelector(selector: string): PageElement | null
  querySelectorAll(selector: string): ArrayLike<PageElement>
}

type Json = Record<string, unknown>

/** schema.org types a news page describes its story with. */
const ARTICLE_TYPES = new Set(['NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BlogPosting', 'Report'])

/**
 * What a saved page says of its story in its own metadata: Open Graph and `article:` properties, then a JSON-LD
 * article, then the first `<time datetime>`. Read before Readability runs, since it changes the page.
 */
export function pageMetadata(document: PageDocument): FoundMeta {
  const meta = (key: string) => cleanText(document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content'))
  const article = jsonLdArticle(document)
  const author = meta('author') ?? notLink(meta('article:author')) ?? names(article?.author)
  return {
    title: meta('og:title') ?? cleanText(text(article?.headline)),
    author,
    outlet: meta('og:site_name') ?? names(article?.publisher),
    date:
      isoDay(meta('article:published_time')) ??
      isoDay(text(article?.datePublished)) ??
      isoDay(document.querySelector('time[datetime]')?.getAttribute('datetime')),
    url: meta('og:url') ?? cleanText(document.querySelector('link[rel="canonical"]')?.getAttribute('href'))
  }
}

/** The first JSON-LD item typed as an article, looking inside arrays and `@graph`s; null when none parses. */
function jsonLdArticle(document: PageDocument): Json | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found = items(JSON.parse(script.textContent ?? '')).find((item) => types(item).some((type) => ARTICLE_TYPES.has(type)))
      if (found) return found
    } catch {
      // A page's broken JSON-LD says nothing; the rest of its metadata still counts.
    }
  }
  return null
}

function items(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(items)
  if (value === null || typeof value !== 'object') return []
  const item = value as Json
  return [item, ...items(item['@graph'])]
}

function types(item: Json): string[] {
  const type = item['@type']
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string')
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

/** A JSON-LD person or organisation, or a list of them, as "A, B and C". */
function names(value: unknown): string | null {
  const list = (Array.isArray(value) ? value : [value])
    .map((entry) => cleanText(typeof entry === 'string' ? entry : text((entry as Json | null)?.name)))
    .filter((name): name is string => name !== null)
  if (list.length === 0) return null
  return list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`
}

/** `article:author` is often a profile's address rather than a name. */
function notLink(value: string | null): string | null {
  return value && /^https?:\/\//i.test(value) ? null : value
}
