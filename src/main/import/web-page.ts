import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { blockText, type BlockNode } from './html-blocks'
import { cleanText, isoDay, type Extraction } from './found-meta'
import { pageMetadata, type PageDocument } from './page-metadata'

/**
 * Page parts that are never the story, taken out before Readability runs: on a short page it may keep everything, and a
 * page it finds no article in is read whole. An article's own header, inside the page, stays.
 */
const FURNITURE =
  'nav, aside, form, body > header, body > footer, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [aria-hidden="true"]'

/**
 * A saved web page's article as text and its metadata: the page's own (Open Graph, JSON-LD, `<time>`), else what
 * Mozilla's Readability (Firefox's Reader View) makes of it. Readability leaves out what furniture is left once the
 * page's navigation, header, footer and asides are gone; a page it finds no article in is read whole.
 */
export function readWebPage(html: string): Extraction {
  const document = parsePage(html)
  const own = pageMetadata(document as unknown as PageDocument)
  const title = cleanText(document.querySelector('title')?.textContent)
  for (const element of Array.from(document.querySelectorAll(FURNITURE)) as { remove(): void }[]) element.remove()
  const article = new Readability<BlockNode>(document as never, { serializer: (node) => node as unknown as BlockNode }).parse()
  const fromArticle = article?.content ? blockText(article.content) : ''
  const text = fromArticle || (document.body ? blockText(document.body as unknown as BlockNode) : '')
  return {
    text,
    found: {
      title: own.title ?? cleanText(article?.title) ?? title,
      author: own.author ?? withoutBy(cleanText(article?.byline)),
      outlet: own.outlet ?? cleanText(article?.siteName),
      date: own.date ?? isoDay(article?.publishedTime),
      url: own.url
    }
  }
}

/** Readability's byline as a page prints it ("By Jonas Weber"): the name alone, which the reader shows after "By". */
function withoutBy(byline: string | null): string | null {
  return byline?.replace(/^by\s+/i, '') || null
}

/** linkedom builds no `<html>` for a fragment or for text that is no HTML at all; a browser would, so it gets one. */
function parsePage(html: string) {
  const { document } = parseHTML(html)
  return document.documentElement?.localName === 'html' ? document : parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document
}
