import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { blockText, type BlockNode } from './html-blocks'
import { cleanText, isoDay, type Extraction } from './found-meta'
import { pageMetadata, type PageDocument } from './page-metadata'

/** Page parts that are never the story, taken out when Readability finds no article and the whole body is read. */
const FURNITURE = 'script, style, noscript, template, nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"]'

/**
 * A saved web page's article as text and its metadata: the page's own (Open Graph, JSON-LD, `<time>`), else what
 * Mozilla's Readability (Firefox's Reader View) makes of it. Readability leaves out the page's furniture; a page it
 * finds no article in is read whole, less its navigation, header, footer and asides.
 */
export function readWebPage(html: string): Extraction {
  const { document } = parseHTML(html)
  const own = pageMetadata(document as unknown as PageDocument)
  const title = cleanText(document.querySelector('title')?.textContent)
  const article = new Readability<BlockNode>(document as never, { serializer: (node) => node as unknown as BlockNode }).parse()
  let text = article?.content ? blockText(article.content) : ''
  if (text === '') {
    for (const element of Array.from(document.querySelectorAll(FURNITURE)) as { remove(): void }[]) element.remove()
    text = document.body ? blockText(document.body as unknown as BlockNode) : ''
  }
  return {
    text,
    found: {
      title: own.title ?? cleanText(article?.title) ?? title,
      author: own.author ?? cleanText(article?.byline),
      outlet: own.outlet ?? cleanText(article?.siteName),
      date: own.date ?? isoDay(article?.publishedTime),
      url: own.url
    }
  }
}
