import type { Locator, Page } from '@playwright/test'
import { test, expect, openLibrary, openDocument, libraryRow, panes } from './fixtures'
import { highlightWithMouse } from './reader-actions'
import type { BrowserModeApp } from './browser-mode-app'

/*
 * No HTML from content (product issue 8, item 8). Markup that would run script if it reached the page as HTML goes
 * into every field a user or a file controls: a document's text, its title, tags, notes and a category name. Every
 * view that shows them is then visited. Nothing may run, and no element may be made from content.
 *
 * The Content-Security-Policy would block inline handlers even if an element were made, so "nothing ran" alone
 * proves little. The test therefore also watches the DOM itself: a MutationObserver installed before the app loads
 * records every <img>, <svg>, <script>, <iframe>, <object> or <embed> ever inserted (even one removed again at
 * once), every `on…` attribute and every `javascript:` address, and a listener records any CSP violation.
 */

const SCRIPT = '<script>window.__pwned=1;alert(1)</script>'
const IMG = '<img src=x onerror="window.__pwned=1;alert(1)">'
const SVG = '<svg onload="window.__pwned=1;alert(1)">'
const LINK = '<a href="javascript:window.__pwned=1">click</a>'
const MD_LINK = '[x](javascript:window.__pwned=1)'
/** How the img payloads read when they are shown as text. */
const LITERAL = '<img src=x onerror='

/**
 * A remark both documents quote, in curly quotes, so the Quotes view lists it as one quote in two documents. Its
 * members are shown as word diffs from first word to last, so the second payload sits between words to be shown there.
 */
const REMARK = '<svg onload=alert(1)> said the payload <img src=x onerror=alert(1)> to the hostages waiting at the crossing'

const HEADLINE_ONE = 'Border crossing reopens after a night of talks'
const HEADLINE_TWO = 'Mediators weigh a new plan as the crossing stays shut'
const FILE_ONE = [
  HEADLINE_ONE,
  '',
  `The statement posted overnight began with ${SCRIPT} and nothing else.`,
  '',
  `The caption under the photograph read ${IMG} in full.`,
  '',
  `A banner showed ${SVG} and a button ${LINK} beside it.`,
  '',
  `“${REMARK},” a spokesman told reporters on Monday.`,
  ''
].join('\n')
const FILE_TWO = [
  HEADLINE_TWO,
  '',
  'Officials in Cairo said the crossing would stay shut for another week while the mediators met.',
  '',
  `“${REMARK},” the spokesman said in a written statement.`,
  '',
  `The agency's page quoted ${IMG} and ${SVG} in its report.`,
  ''
].join('\n')

const TITLE = `${SVG} ${SCRIPT} Border crossing`
const CATEGORY = `${SVG}Quote`
const HIGHLIGHT_TAG = LINK
const DOCUMENT_TAG = IMG
const HIGHLIGHT_NOTE = `${MD_LINK} ${SCRIPT} ${IMG} noteword`
const DOCUMENT_NOTE = `${SVG} ${MD_LINK} docnoteword`

interface Watch {
  inserted: string[]
  violations: string[]
}

/** Runs in the page before the app's own script: records what content must never create. */
function watchTheDom(): void {
  const watch: Watch = { inserted: [], violations: [] }
  Object.defineProperty(window, '__watch', { value: watch })
  const active = new Set(['img', 'svg', 'script', 'iframe', 'object', 'embed', 'frame', 'math', 'video', 'audio', 'image'])
  const describe = (element: Element) => element.outerHTML.slice(0, 160)
  /** The app's own bundle, in index.html's head, is the one script the page may hold. */
  const isAppBundle = (element: Element) =>
    element.localName === 'script' && /\/assets\/index-[\w-]+\.js$/.test(element.getAttribute('src') ?? '') && !element.textContent
  function check(element: Element) {
    if (active.has(element.localName) && !isAppBundle(element)) watch.inserted.push(describe(element))
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value)) watch.inserted.push(`${attribute.name} on ${describe(element)}`)
    }
  }
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'attributes' && mutation.target instanceof Element) check(mutation.target)
      for (const node of mutation.addedNodes) {
        if (!(node instanceof Element)) continue
        check(node)
        node.querySelectorAll('*').forEach(check)
      }
    }
  }).observe(document, { childList: true, subtree: true, attributes: true })
  document.addEventListener('securitypolicyviolation', (event) =>
    watch.violations.push(`${event.violatedDirective}: ${event.sample || event.blockedURI}`)
  )
}

/** After each view: no dialog opened, no payload ran, and no element or handler was made from content. */
async function expectInert(page: Page, dialogs: string[], view: string): Promise<void> {
  const state = await page.evaluate(() => {
    const { __pwned, __watch } = window as unknown as { __pwned?: number; __watch: Watch }
    const handlers = [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${element.localName}[${a.name}]`)
    )
    return { pwned: __pwned, inserted: [...__watch.inserted], violations: [...__watch.violations], handlers }
  })
  expect(dialogs, `dialogs opened in ${view}`).toEqual([])
  expect(state, `in ${view}`).toEqual({ pwned: undefined, inserted: [], violations: [], handlers: [] })
  await expect(page.locator('img, svg, script:not([src]), iframe, object, embed'), `elements from content in ${view}`).toHaveCount(0)
  await expect(page.locator('[href*="javascript:" i], [src*="javascript:" i]'), `javascript: addresses in ${view}`).toHaveCount(0)
}

/** No element content could have made, inside one part of the page. */
async function expectNoMarkupIn(scope: Locator): Promise<void> {
  await expect(scope.locator('img, svg, script, iframe')).toHaveCount(0)
  await expect(scope.locator('a[href^="javascript:" i]')).toHaveCount(0)
}

test.use({ viewport: { width: 1600, height: 900 } })

test('script, img, svg and javascript: payloads in text, title, tags, notes and a category show as text in every view and run nothing', async ({
  page,
  app
}) => {
  await visitEveryView(page, app)
})

test.describe('with the page’s Content-Security-Policy switched off', () => {
  // Only the rendering then stands between content and script: a payload made into an element would run and be seen.
  test.use({ bypassCSP: true })

  test('the same payloads still run nothing, as the rendering makes no element from content', async ({ page, app }) => {
    await visitEveryView(page, app)
  })
})

async function visitEveryView(page: Page, app: BrowserModeApp): Promise<void> {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  await page.addInitScript(watchTheDom)
  const readerText = page.getByRole('document', { name: 'Document text' })
  const notesPanel = page.getByRole('complementary', { name: 'Annotations' })
  const grid = page.getByRole('grid', { name: 'Documents' })

  // The document text: two files imported through the file input.
  await openLibrary(page, app)
  await page.getByLabel('Choose files to import').setInputFiles([
    { name: 'hostile-one.txt', mimeType: 'text/plain', buffer: Buffer.from(FILE_ONE) },
    { name: 'hostile-two.txt', mimeType: 'text/plain', buffer: Buffer.from(FILE_TWO) }
  ])
  const summary = page.getByRole('dialog', { name: 'Import finished' })
  await expect(summary).toContainText('2 documents were added to the library.')
  await summary.getByRole('button', { name: 'Close' }).click()
  await expect(libraryRow(page, HEADLINE_ONE)).toBeVisible()
  await expect(libraryRow(page, HEADLINE_TWO)).toBeVisible()
  await expectInert(page, dialogs, 'the library after import')

  // A category name: the palette.
  await page.getByRole('tab', { name: 'Palette' }).click()
  await page.getByLabel('Name of Quote', { exact: true }).fill(CATEGORY)
  await page.getByLabel('Name of Quote', { exact: true }).press('Enter')
  await expect(page.getByLabel(`Name of ${CATEGORY}`, { exact: true })).toHaveValue(CATEGORY)
  await expectInert(page, dialogs, 'the Palette tab')
  await expectNoMarkupIn(notesPanel)

  // The reader shows the text's markup as text.
  await openDocument(page, HEADLINE_ONE)
  await expect(readerText.getByText(SCRIPT, { exact: false })).toBeVisible()
  await expect(readerText.getByText(IMG, { exact: false })).toBeVisible()
  await expect(readerText.getByText(`${SVG} and a button ${LINK}`, { exact: false })).toBeVisible()
  await expectInert(page, dialogs, 'the reader')
  await expectNoMarkupIn(readerText)

  // The title: Edit details.
  await page.getByRole('button', { name: 'Edit details' }).click()
  await page.getByRole('form', { name: 'Document details' }).getByLabel('Title').fill(TITLE)
  await page.getByRole('form', { name: 'Document details' }).getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(TITLE)
  await expect(grid.getByRole('gridcell').getByText(TITLE)).toBeVisible()
  await expect(libraryRow(page, TITLE)).toBeVisible()
  await expectInert(page, dialogs, 'the library row and the reader header')
  await expectNoMarkupIn(grid)

  // File names: a duplicate and a rejected file, each named in the import summary.
  await page.getByLabel('Choose files to import').setInputFiles([
    { name: `${IMG}.txt`, mimeType: 'text/plain', buffer: Buffer.from(FILE_ONE) },
    { name: `${SVG}.txt`, mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]) }
  ])
  await expect(summary.getByRole('list', { name: 'Already in the library' })).toHaveText(`${IMG}.txt is the same text as “${TITLE}”.`)
  await expect(summary.getByRole('list', { name: 'Not imported' })).toHaveText(`${SVG}.txt: This looks like a binary file, not text.`)
  await expectInert(page, dialogs, 'the import summary')
  await expectNoMarkupIn(summary)
  await summary.getByRole('button', { name: 'Close' }).click()

  // The title in the question before a removal, kept.
  await page.getByRole('button', { name: 'Remove…' }).click()
  const removal = page.getByRole('dialog', { name: 'Remove this document?' })
  await expect(removal).toContainText(`“${TITLE}” leaves the library.`)
  await expectInert(page, dialogs, 'the removal question')
  await removal.getByRole('button', { name: 'Keep it' }).click()
  await expect(removal).toHaveCount(0)

  // A highlight in the renamed category, with a tag and a note; the document's own tag and note.
  await highlightWithMouse(page, IMG, CATEGORY)
  const card = page.getByRole('region', { name: 'Highlight' })
  await expect(card.getByRole('radio', { name: CATEGORY })).toHaveAttribute('aria-checked', 'true')
  await card.getByLabel('Add a tag').fill(HIGHLIGHT_TAG)
  await card.getByLabel('Add a tag').press('Enter')
  await expect(card.getByText(`#${HIGHLIGHT_TAG}`)).toBeVisible()
  await card.getByLabel('Note').fill(HIGHLIGHT_NOTE)
  await expect(card.getByText('Saved')).toBeVisible()
  await card.getByLabel('Note').blur()
  const documentTags = page.getByLabel('Document tags').locator('..')
  await documentTags.getByLabel('Add a tag').fill(DOCUMENT_TAG)
  await documentTags.getByLabel('Add a tag').press('Enter')
  await expect(documentTags.getByText(`#${DOCUMENT_TAG}`)).toBeVisible()
  const noteSaved = page.waitForResponse((response) => response.url().endsWith('/api/setDocumentNote') && response.ok())
  await page.getByLabel('Document note').fill(DOCUMENT_NOTE)
  await noteSaved
  await page.getByLabel('Document note').blur()
  await expectInert(page, dialogs, 'the highlight card')
  await expectNoMarkupIn(notesPanel)
  await expectNoMarkupIn(readerText)

  // Annotation panels: Document, All, Orphans, Tags, Palette.
  await card.getByRole('button', { name: 'Close highlight' }).click()
  const entry = page.getByRole('list', { name: 'Highlights in this document' }).getByRole('listitem')
  await expect(entry).toHaveCount(1)
  await expect(entry).toContainText(CATEGORY)
  await expect(entry).toContainText(`#${HIGHLIGHT_TAG}`)
  await expect(entry.getByText(HIGHLIGHT_NOTE, { exact: true })).toBeVisible()
  await expect(entry.getByText(MD_LINK, { exact: false })).toBeVisible()
  await expect(page.getByLabel('Document note')).toHaveValue(DOCUMENT_NOTE)
  await expectInert(page, dialogs, 'the Document tab')
  await expectNoMarkupIn(notesPanel)

  await page.getByRole('tab', { name: 'All' }).click()
  const all = page.getByRole('list', { name: 'All highlights' }).getByRole('listitem')
  await expect(all).toHaveCount(1)
  await expect(all).toContainText(`· ${TITLE}`)
  await expect(all.getByText(LITERAL, { exact: false }).first()).toBeVisible()
  await notesPanel.getByLabel(/^Tag/).selectOption({ label: `#${HIGHLIGHT_TAG}` })
  await expect(all).toHaveCount(1)
  await expectInert(page, dialogs, 'the All tab')
  await expectNoMarkupIn(notesPanel)

  await page.getByRole('tab', { name: 'Orphans' }).click()
  await expect(notesPanel.getByText('No orphans.', { exact: false })).toBeVisible()
  await expectInert(page, dialogs, 'the Orphans tab')

  await page.getByRole('tab', { name: 'Tags' }).click()
  const tags = page.getByRole('list', { name: 'Tags' })
  await expect(tags.getByRole('button', { name: `#${HIGHLIGHT_TAG}` })).toBeVisible()
  await expect(tags.getByRole('button', { name: `#${DOCUMENT_TAG}` })).toBeVisible()
  await expectInert(page, dialogs, 'the Tags tab')
  await expectNoMarkupIn(notesPanel)
  // A tag filters the library, which names it above the rows.
  await tags.getByRole('button', { name: `#${DOCUMENT_TAG}` }).click()
  const filtered = page.getByRole('complementary', { name: 'Library' }).getByRole('status')
  await expect(filtered).toContainText(`Documents tagged #${DOCUMENT_TAG}`)
  await expect(grid.getByRole('row')).toHaveCount(2)
  await expectInert(page, dialogs, 'the library filtered by a tag')
  await expectNoMarkupIn(page.getByRole('complementary', { name: 'Library' }))
  await filtered.getByRole('button', { name: 'Show all' }).click()
  await expect(libraryRow(page, HEADLINE_TWO)).toBeVisible()

  await page.getByRole('tab', { name: 'Palette' }).click()
  await expect(page.getByLabel(`Name of ${CATEGORY}`, { exact: true })).toHaveValue(CATEGORY)
  await expectInert(page, dialogs, 'the Palette tab again')

  // The Quotes tab: the remark both documents quote, expanded.
  await page.getByRole('tab', { name: 'Quotes' }).click()
  const quote = page.getByRole('list', { name: 'Quotes' }).getByRole('listitem', { name: `“${REMARK}”` })
  // Neither document names an outlet: the summary counts them, and each shows by its title's first words once expanded.
  await expect(quote).toContainText('2 documents, no outlet named')
  await quote.getByRole('button', { name: REMARK }).click()
  const members = quote.getByRole('listitem')
  await expect(members).toHaveCount(2)
  // A member's word diff runs from its first word to its last, so the opening < of the remark is left out there.
  await expect(members.getByText('said the payload <img src=x onerror=alert(1)> to', { exact: false })).toHaveCount(2)
  await expect(members.filter({ has: page.getByTitle(HEADLINE_TWO, { exact: true }) })).toContainText(REMARK.slice(1))
  await expect(members.filter({ has: page.getByTitle(TITLE, { exact: true }) })).toContainText(REMARK.slice(1))
  await expectInert(page, dialogs, 'the Quotes tab')
  await expectNoMarkupIn(notesPanel)

  // Side by side: the two hostile documents in two panes.
  await libraryRow(page, HEADLINE_TWO).click({ modifiers: ['Shift'] })
  await expect(panes(page)).toHaveCount(2)
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText([TITLE, HEADLINE_TWO])
  // Each pane's comparison has arrived once the remark they share is marked in both.
  for (const pane of await panes(page).all()) await expect(pane.locator('p.shared').first()).toBeAttached()
  await expect(panes(page).nth(1).getByRole('document', { name: 'Document text' }).getByText(`${IMG} and ${SVG}`, { exact: false })).toBeVisible()
  await expectInert(page, dialogs, 'side by side')
  await expectNoMarkupIn(page.getByRole('region', { name: 'Reader' }))

  // Find in the document: Ctrl+F in the second pane.
  await panes(page).nth(1).getByRole('document', { name: 'Document text' }).focus()
  await page.keyboard.press('Control+f')
  const find = panes(page).nth(1).getByRole('searchbox', { name: 'Find in document' })
  await find.fill('onerror')
  await expect(panes(page).nth(1).getByRole('status')).toHaveText('1 of 2')
  await find.press('Escape')
  await expect(find).toHaveCount(0)
  await expectInert(page, dialogs, 'find in document')
  await expectNoMarkupIn(page.getByRole('region', { name: 'Reader' }))

  // Library search: Ctrl+K, a word of the payloads, a word of the title, then a word of each note.
  await page.keyboard.press('Control+k')
  const search = page.getByRole('dialog', { name: 'Search the library' })
  await search.getByRole('combobox', { name: 'Search the library' }).fill('onerror')
  const results = search.getByRole('listbox', { name: 'Results' })
  await expect(results.getByRole('group', { name: TITLE })).toBeVisible()
  await expect(results.getByRole('group', { name: HEADLINE_TWO })).toBeVisible()
  await expect(results.getByRole('option', { name: /^Text/ }).filter({ hasText: LITERAL }).first()).toBeVisible()
  await expect(results.getByRole('option', { name: /^Tag/ })).toContainText(DOCUMENT_TAG)
  await expect(results.locator('mark').first()).toHaveText('onerror')
  await expectInert(page, dialogs, 'search results for a payload word')
  await expectNoMarkupIn(search)

  await search.getByRole('combobox', { name: 'Search the library' }).fill('onload')
  await expect(results.getByRole('option', { name: /^Title/ })).toContainText(TITLE)
  await expect(results.getByRole('group', { name: HEADLINE_TWO }).getByRole('option', { name: /^Text/ }).first()).toContainText('<svg onload=')
  await expectInert(page, dialogs, 'search results for a word of the title')
  await expectNoMarkupIn(search)

  await search.getByRole('combobox', { name: 'Search the library' }).fill('noteword')
  await expect(results.getByRole('option', { name: /^Note/ })).toContainText(HIGHLIGHT_NOTE)
  await search.getByRole('combobox', { name: 'Search the library' }).fill('docnoteword')
  await expect(results.getByRole('option', { name: /^Note/ })).toContainText(DOCUMENT_NOTE)
  await expect(results.getByRole('option', { name: /^Note/ }).getByText(MD_LINK, { exact: false })).toBeVisible()
  await expectInert(page, dialogs, 'search results for the notes')
  await expectNoMarkupIn(search)
  await page.keyboard.press('Escape')
  await expect(search).toHaveCount(0)

  // The export preview: Markdown, CSV and JSON, of the whole library.
  await page.getByRole('button', { name: 'Export…' }).click()
  const exporting = page.getByRole('dialog', { name: 'Export notes' })
  await exporting.getByLabel('Documents').selectOption('library')
  const preview = exporting.getByLabel('Preview')
  // Markdown escapes titles and passages, turns a note's < into &lt; and a javascript: link into a harmless one.
  await expect(preview).toContainText('\\<img src\\=x onerror\\="window.\\_\\_pwned\\=1;alert(1)"\\>')
  await expect(preview).toContainText('[x](javascript%3Awindow.__pwned=1) &lt;script>')
  await expectInert(page, dialogs, 'the Markdown export preview')
  await expectNoMarkupIn(exporting)
  await exporting.getByLabel('Format').selectOption('csv')
  await expect(preview).toContainText(LITERAL)
  await expect(preview).toContainText(MD_LINK)
  await expectInert(page, dialogs, 'the CSV export preview')
  await expectNoMarkupIn(exporting)
  await exporting.getByLabel('Format').selectOption('json')
  await expect(preview).toContainText(LITERAL)
  await expect(preview).toContainText(MD_LINK)
  await expectInert(page, dialogs, 'the JSON export preview')
  await expectNoMarkupIn(exporting)
  await exporting.getByRole('button', { name: 'Cancel' }).click()
  await expect(exporting).toHaveCount(0)
  await expectInert(page, dialogs, 'the end')
}
