import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readWebPage } from '../../../../src/main/import/web-page'
import { findBoilerplate } from '../../../../src/shared/analysis'

/** A section of a news page as Chromium puts it on the clipboard, its <meta charset> taken out by the paste. */
const COPIED_SECTION = readFileSync(join(import.meta.dirname, '../../../fixtures/copied-article-section.html'), 'utf8')

const PARAGRAPH = 'Negotiators returned to Doha on Tuesday for a new round of talks, officials said, as pressure mounted on both sides.'

describe('readWebPage', () => {
  it('takes the JSON-LD article’s headline, author, publisher and date when the page has no Open Graph', () => {
    const { found } = readWebPage(`<html><head><title>Talks | Site</title>
      <script type="application/ld+json">[{"@type":["ReportageNewsArticle"],"headline":"Talks resume","datePublished":"2024-03-05T23:30:00-05:00",
      "author":"Ana Pérez","publisher":{"name":"Example News"}}]</script></head><body><article><p>${PARAGRAPH}</p></article></body></html>`)
    expect(found).toEqual({ title: 'Talks resume', author: 'Ana Pérez', outlet: 'Example News', date: '2024-03-05', url: null })
  })

  it('falls back to the first <time datetime> and to Readability’s title, and ignores broken JSON-LD and an author that is a link', () => {
    const { found } = readWebPage(`<html><head><title>Talks resume in Doha</title><script type="application/ld+json">{ broken</script>
      <meta property="article:author" content="https://example.com/staff/ana"></head>
      <body><article><h1>Talks resume in Doha</h1><time datetime="2024-03-06T10:00">6 March</time><p>${PARAGRAPH}</p></article></body></html>`)
    expect(found.title).toBe('Talks resume in Doha')
    expect(found.author).toBeNull()
    expect(found.date).toBe('2024-03-06')
  })

  it('takes the name from a byline the page prints as "By …", which the reader shows after its own "By"', () => {
    const paragraph = '<p>Residents packed the hall on Monday to hear the council explain its plan for the river crossing.</p>'
    const { found } = readWebPage(`<html><body><article><h1>Bridge plan</h1><p class="byline">By Jonas Weber</p>${paragraph.repeat(6)}</article></body></html>`)
    expect(found.author).toBe('Jonas Weber')
  })

  it('reads a short page without its navigation, header, footer, asides and scripts', () => {
    const { text } = readWebPage(`<html><body><header>Site name</header><nav><a href="/">Home</a></nav>
      <div>Short note one.</div><div>Line one<br>line two</div><script>var x = 1</script><aside>Related</aside><footer>© Site</footer></body></html>`)
    expect(text).toBe('Short note one.\n\nLine one\nline two')
  })
  it('reads a fragment, or text that is no HTML, as a browser would: in a page of its own', () => {
    expect(readWebPage('<p>Just a paragraph.</p><p>And another.</p>').text).toBe('Just a paragraph.\n\nAnd another.')
    expect(readWebPage('Plain words, no tags').text).toBe('Plain words, no tags')
  })

  it('reads a copied article section with its paragraphs, its share bar and "Related:" link folded as boilerplate', () => {
    // The share bar's class names no "share", so Readability keeps it in a fragment this short.
    const { text, found } = readWebPage(COPIED_SECTION)
    expect(found.title).toBe('Zürich talks end without a deal')
    const folded = findBoilerplate(text).map((span) => [span.reason, text.slice(span.start, span.end)])
    expect(folded).toEqual([
      ['header', 'Share on Facebook\n\nShare on Twitter\n\nEmail'],
      ['furniture', 'Related: Border talks open in Zürich with hopes for a deal']
    ])
    const isFolded = (block: string) => folded.some(([, span]) => span!.includes(block))
    expect(text.split('\n\n').filter((block) => !isFolded(block))).toEqual([
      'Delegates left Zürich on Friday after three days of talks that ended without an agreement on the border crossings.',
      'The mediators said both sides had moved closer on the timetable but remained apart on who would staff the checkpoints.',
      'A fourth round is planned for the spring, officials from both sides said, though no date has been set yet.'
    ])
  })
})
