import MarkdownIt, { type Token } from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { DEFAULT_CATEGORIES } from '../../../../src/shared/categories'
import { toMarkdown, type ExportDocument } from '../../../../src/shared/export'
import { safeTag } from '../../../../src/shared/export/escape'
import { highlight, meta, OPTIONS, seedDocuments } from './fixtures'

const TEXT = 'Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu.'
const HOSTILE_TITLE = 'Title # with * _ [ ] < > and: "quotes"\n--- and #hash'
const NOTES = [
  '# Not a heading marker0',
  'Before marker1\n```js\nalert(1)\n```\n\n# after the fence',
  '> quoted marker2',
  '<img src=x onerror=alert(1)> marker3',
  'marker4\n---\n***\n===\n- ---\n  > nested',
  '~~~\nmarker5 **bold**'
]
const WORDS = ['Alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta']

function hostileDocuments(): ExportDocument[] {
  const one = (id: string, title: string): ExportDocument => ({
    meta: meta(id, title),
    note: '# doc note\n> not a quote\n<b>x</b>',
    highlights: NOTES.map((note, i) =>
      highlight(TEXT, id, `${id}-${i}`, { passage: WORDS[i] ?? '', note, tags: ['#weird tag!'], categoryId: 'claim' })
    )
  })
  return [one('a', HOSTILE_TITLE), one('b', '[link](http://x) <script>')]
}

function parseMarkdown(markdown: string): Token[] {
  return new MarkdownIt({ html: true }).parse(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''), {})
}

/** The inline text inside the bullet list that follows each top-level block quote. */
function listsAfterQuotes(tokens: Token[]): string[] {
  const lists: string[] = []
  tokens.forEach((token, i) => {
    if (token.type !== 'blockquote_close' || token.level !== 0) return
    expect(tokens[i + 1]?.type).toBe('bullet_list_open')
    const close = tokens.findIndex((t, j) => j > i + 1 && t.type === 'bullet_list_close' && t.level === 0)
    lists.push(tokens.slice(i + 1, close).filter((t) => t.type === 'inline' || t.type === 'fence' || t.type === 'code_block').map((t) => t.content).join('\n'))
  })
  return lists
}

describe('toMarkdown structure', () => {
  for (const [name, docs] of [['seeds', seedDocuments()], ['hostile notes and titles', hostileDocuments()]] as const) {
    it(`keeps one h2 per document, one quote per highlight and each note in its list (${name})`, () => {
      const tokens = parseMarkdown(toMarkdown([...docs], DEFAULT_CATEGORIES, OPTIONS))
      expect(tokens.filter((t) => t.type === 'heading_open' && t.tag === 'h2')).toHaveLength(docs.length)
      const highlights = docs.flatMap((d) => d.highlights)
      expect(tokens.filter((t) => t.type === 'blockquote_open')).toHaveLength(highlights.length)
      expect(tokens.filter((t) => t.type === 'hr')).toHaveLength(0)
      expect(tokens.filter((t) => t.type === 'html_block' || (t.children ?? []).some((c) => c.type === 'html_inline'))).toHaveLength(0)
      const headings = tokens.filter((t, i) => tokens[i - 1]?.type === 'heading_open').map((t) => t.content)
      expect(headings.filter((h) => h !== 'Orphaned highlights')).toHaveLength(docs.length)
      const lists = listsAfterQuotes(tokens)
      expect(lists).toHaveLength(highlights.length)
      highlights.forEach((h, i) => {
        const marker = /marker\d/.exec(h.note)?.[0]
        if (marker) expect(lists[i]).toContain(marker)
        expect(lists[i]).toContain('Link: [open in Parallax]')
      })
    })
  }

  it('renders the hostile title as plain text and neutralises the note', () => {
    const html = new MarkdownIt({ html: true }).render(toMarkdown(hostileDocuments(), DEFAULT_CATEGORIES, OPTIONS).replace(/^---\n[\s\S]*?\n---\n/, ''))
    expect(html).toContain('<h2>Title # with * _ [ ] &lt; &gt; and: &quot;quotes&quot; --- and #hash</h2>')
    expect(html).toContain('<h2>[link](http://x) &lt;script&gt;</h2>')
    expect(html).toContain('# Not a heading marker0')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; marker3')
    expect(html).not.toMatch(/<(img|script|b|pre|em)\b/)
  })

  it('makes links with any scheme but http, https, mailto and parallax inert, however they are spelled, and keeps ordinary ones', () => {
    const notes = [
      '[click](javascript:alert(1))',
      '![img](JaVaScRiPt:alert(1))',
      '[entity](javascript&colon;alert(1)) [numeric](javascript&#58;alert(1)) [hex](jav&#x61;script:alert(1))',
      '[escaped](javascript\\:alert(1)) [control](\u0001javascript:alert(1))',
      '[ref][r]\n\n[r]: vbscript:msgbox(1)',
      '[next line][n]\n[n]:\n  data:text/html,<script>alert(1)</script>',
      '[spaced](\n javascript:alert(1))',
      '[file](file:///etc/passwd)',
      '[BBC](https://www.bbc.co.uk/news?a=1&b=2) [mail](mailto:desk@example.org) [passage](parallax://open/abc?start=1)'
    ]
    const docs: ExportDocument[] = [
      { meta: meta('l', 'Links'), note: '', highlights: notes.map((note, i) => highlight(TEXT, 'l', `l-${i}`, { passage: WORDS[i % WORDS.length]!, note })) }
    ]
    // A renderer that follows every link as written, as some Markdown tools do (markdown-it itself refuses javascript:).
    const permissive = new MarkdownIt()
    permissive.validateLink = () => true
    const html = permissive.render(toMarkdown(docs, DEFAULT_CATEGORIES, OPTIONS).replace(/^---\n[\s\S]*?\n---\n/, ''))
    const targets = [...html.matchAll(/(?:href|src)="([^"]*)"/g)].map(([, url]) => url!.replace(/&amp;/g, '&'))
    expect(targets.length).toBeGreaterThanOrEqual(notes.length)
    for (const target of targets) {
      expect(['https:', 'http:', 'mailto:', 'parallax:'], target).toContain(new URL(target, 'https://notes.example/export/').protocol)
    }
    expect(targets).toContain('https://www.bbc.co.uk/news?a=1&b=2')
    expect(targets).toContain('mailto:desk@example.org')
    expect(targets).toContain('parallax://open/abc?start=1')
  })

  it('writes no field a document has not got, in front matter for one document or several', () => {
    // d4 has neither an outlet nor a date.
    const single = toMarkdown(seedDocuments().slice(4), DEFAULT_CATEGORIES, OPTIONS)
    const several = toMarkdown(seedDocuments(), DEFAULT_CATEGORIES, OPTIONS)
    for (const md of [single, several]) expect(/^---\n[\s\S]*?\n---\n/.exec(md)?.[0]).not.toMatch(/null|~/)
    expect(single).toMatch(/^---\ntitle: Trump and Netanyahu discuss hostage crisis\nsource: d4\.txt\nexported: /)
  })

  it('writes front matter the yaml library reads back, for one document and for several', () => {
    const [a, b] = hostileDocuments() as [ExportDocument, ExportDocument]
    const single = toMarkdown([{ ...a, meta: { ...a.meta, tags: ['Doc: tag'], author: 'Ana Pérez: staff', outlet: 'O: #1', date: '2025-01-02' } }], DEFAULT_CATEGORIES, OPTIONS)
    const front = (md: string): unknown => parse(/^---\n([\s\S]*?)\n---\n/.exec(md)?.[1] ?? '')
    expect(front(single)).toEqual({
      title: HOSTILE_TITLE, author: 'Ana Pérez: staff', outlet: 'O: #1', date: '2025-01-02', source: 'a.txt', exported: OPTIONS.exportedAt, tags: ['Doc-tag', 'weird-tag']
    })
    expect(front(toMarkdown([a, b], DEFAULT_CATEGORIES, OPTIONS))).toEqual({
      title: 'Parallax notes',
      exported: OPTIONS.exportedAt,
      documents: [
        { title: HOSTILE_TITLE, source: 'a.txt' },
        { title: '[link](http://x) <script>', source: 'b.txt' }
      ],
      tags: ['weird-tag']
    })
  })
})

describe('toMarkdown grouping and filtering', () => {
  const headings = (md: string): string[] => md.split('\n').filter((line) => line.startsWith('## '))

  it('groups by tag, sorted, with untagged highlights last and each showing its document', () => {
    const md = toMarkdown(seedDocuments(), DEFAULT_CATEGORIES, { ...OPTIONS, group: 'tag' })
    expect(headings(md)).toEqual(['## #C-/-NET', '## #deadline', '## #finish-the-job', '## #tag-2025', '## #wire-copy', '## Untagged'])
    const deadline = md.slice(md.indexOf('## #deadline'), md.indexOf('## #finish-the-job'))
    expect(deadline.match(/^- Document: .*/gm)).toEqual([
      '- Document: Trump Declares Final Push Against Hamas as Hostage Talks Collapse: Israeli Leadership Signals Shift Toward Total Victory',
      '- Document: Trump: Israel to Hunt Down Hamas as Ceasefire Talks Stall'
    ])
  })

  it('groups by category in palette order', () => {
    const md = toMarkdown(seedDocuments(), DEFAULT_CATEGORIES, { ...OPTIONS, group: 'category' })
    expect(headings(md)).toEqual(['## Claim', '## Quote', '## Framing', '## Source', '## Question'])
  })

  it('keeps only highlights with the tag, ignoring case', () => {
    const md = toMarkdown(seedDocuments(), DEFAULT_CATEGORIES, { ...OPTIONS, tag: 'DEADLINE' })
    expect(md.match(/^> .*/gm)).toHaveLength(2)
    expect(headings(md)).toHaveLength(2)
  })
})

describe('toMarkdown report options', () => {
  const seeds = seedDocuments()
  /** Every highlight's list names its category. */
  const highlights = (md: string) => md.match(/^- Category: /gm)?.length ?? 0

  it('names the outlet beside each highlight, in every grouping, and nothing for a document without one', () => {
    for (const group of ['document', 'tag', 'category'] as const) {
      const md = toMarkdown(seeds, DEFAULT_CATEGORIES, { ...OPTIONS, group })
      // Nine highlights, of which d4's, which names no outlet, has none.
      expect(md.match(/^- Outlet: .*/gm), group).toHaveLength(highlights(md) - 1)
      expect(md).toContain('- Outlet: Al Jazeera\n- Category: Source')
    }
    const tagged = toMarkdown(seeds, DEFAULT_CATEGORIES, { ...OPTIONS, group: 'tag', tag: 'deadline' })
    expect(tagged.match(/^- (Document|Outlet): .*/gm)).toEqual([
      '- Document: Trump Declares Final Push Against Hamas as Hostage Talks Collapse: Israeli Leadership Signals Shift Toward Total Victory',
      '- Outlet: TJV News',
      '- Document: Trump: Israel to Hunt Down Hamas as Ceasefire Talks Stall',
      '- Outlet: RT'
    ])
  })

  it('leaves out the outlets, or the parallax:// links with their character offsets, when asked', () => {
    const plain = toMarkdown(seeds, DEFAULT_CATEGORIES, { ...OPTIONS, report: { outlets: false, links: false, emptyDocuments: false } })
    expect(highlights(plain)).toBe(9)
    expect(plain).not.toMatch(/- Outlet:|parallax:|characters \d|- Link:/)
    expect(plain).toContain('> “finish the job”\n\n- Category: Framing\n- Tags: #finish-the-job #wire-copy\n\n')
    const linked = toMarkdown(seeds, DEFAULT_CATEGORIES, OPTIONS)
    expect(linked.match(/^- Link: \[open in Parallax\]\(parallax:\/\/open\?doc=d\d&start=\d+&end=\d+\) \(characters \d+–\d+\)$/gm)).toHaveLength(9)
  })

  it('leaves out documents with neither a highlight nor a note, in the body and the front matter, unless asked for all', () => {
    const empty: ExportDocument = { meta: meta('d5', 'Nothing marked here', { outlet: 'AP' }), note: '', highlights: [] }
    const noteOnly: ExportDocument = { meta: meta('d6', 'Only a note'), note: 'Read later.', highlights: [] }
    const docs = [...seeds, empty, noteOnly]
    const md = toMarkdown(docs, DEFAULT_CATEGORIES, OPTIONS)
    expect(md).not.toContain('Nothing marked here')
    expect(md).toContain('## Only a note\n\nRead later.')
    const all = toMarkdown(docs, DEFAULT_CATEGORIES, { ...OPTIONS, report: { outlets: true, links: true, emptyDocuments: true } })
    expect(all).toContain('## Nothing marked here\n')
    expect(all).toContain('  - title: Nothing marked here\n    outlet: AP\n    source: d5.txt\n')
  })
})

describe('safeTag', () => {
  it('makes tags Obsidian accepts', () => {
    expect(safeTag('wire copy')).toBe('wire-copy')
    expect(safeTag('#a:b/c_d')).toBe('ab/c_d')
    expect(safeTag('1984')).toBe('tag-1984')
    expect(safeTag('?!')).toBe('tag')
    expect(safeTag('Über')).toBe('Über')
  })
})
