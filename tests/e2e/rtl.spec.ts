import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { test, expect, openLibrary, openDocument, importFiles, libraryRow, panes, FIXTURES_DIR, SEED_TITLES } from './fixtures'
import { clickWord, highlightWithMouse, paintedTexts } from './reader-actions'

test.use({ viewport: { width: 1600, height: 900 } })

const fixture = (name: string) => join(FIXTURES_DIR, 'rtl', name)
const URDU_TITLE = 'لاہور میں مون سون کی پہلی بارش، کئی نشیبی علاقے زیر آب'
const URDU_SENTENCE = 'لاہور میں مون سون کی پہلی بارش نے شہر کے کئی نشیبی علاقوں کو زیر آب کر دیا۔'
const NEWSPAPER_TITLE = 'مون سون کی بارش سے لاہور کا نظام زندگی مفلوج'
const HEBREW_TITLE = 'גשם ראשון בתל אביב הציף רחובות במרכז העיר'

const card = (page: Page) => page.getByRole('region', { name: 'Highlight' })
const directions = (scope: Locator) => scope.evaluateAll((elements) => elements.map((element) => getComputedStyle(element).direction))

/**
 * The fonts Chromium drew an element's text with, by glyph count, from the DevTools protocol: what the reader sees,
 * not what the style sheet asks for. A font that is missing or still loading shows as a system font, or not at all.
 */
async function drawnWith(page: Page, selector: string): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  const { root } = await cdp.send('DOM.getDocument')
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
  await cdp.detach()
  return Object.fromEntries(fonts.filter((font) => font.isCustomFont).map((font) => [font.familyName, font.glyphCount]))
}

/** The family that drew most of an element's glyphs. */
async function mainFont(page: Page, selector: string): Promise<string | undefined> {
  const fonts = Object.entries(await drawnWith(page, selector))
  return fonts.sort((a, b) => b[1] - a[1])[0]?.[0]
}

test('an Urdu document beside an English one is set right to left in Noto Naskh Arabic, and J and H highlight its first sentence', async ({ page, app }) => {
  await openLibrary(page, app)
  await importFiles(page, [fixture('urdu-rain-agency.txt'), fixture('hebrew-rain.txt')])
  await openDocument(page, URDU_TITLE)
  await libraryRow(page, SEED_TITLES[2]!).click({ modifiers: ['Shift'] })
  const [urdu, english] = await panes(page).all()
  await expect(english!.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLES[2]!)

  // The title line and the five paragraphs, each right to left; the English text beside keeps left to right.
  expect(await directions(urdu!.locator('p[data-start]'))).toEqual(Array(6).fill('rtl'))
  expect(await directions(urdu!.getByRole('heading', { level: 1 }))).toEqual(['rtl'])
  expect(new Set(await directions(english!.locator('p[data-start]')))).toEqual(new Set(['ltr']))
  expect(await directions(english!.getByRole('heading', { level: 1 }))).toEqual(['ltr'])
  // Right to left on screen: a paragraph's first letter sits at its right edge.
  const edges = await urdu!.locator('p[data-start]').nth(1).evaluate((p) => {
    const range = document.createRange()
    range.setStart(p.firstChild!, 0)
    range.setEnd(p.firstChild!, 1)
    const style = getComputedStyle(p)
    const content = p.getBoundingClientRect().right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight)
    return { letter: range.getBoundingClientRect().right, paragraph: content }
  })
  expect(Math.abs(edges.letter - edges.paragraph)).toBeLessThan(2)
  expect(await directions(page.locator('[role=gridcell].title'))).toEqual(
    await page.locator('[role=gridcell].title').evaluateAll((cells) => cells.map((cell) => (/[\u0590-\u06ff]/.test(cell.textContent!) ? 'rtl' : 'ltr')))
  )

  // The shipped fonts draw the Arabic script and the Hebrew, in the reader and in the library list.
  await expect.poll(() => mainFont(page, '[aria-label^="Pane 1 of"] p[data-start]:nth-child(2)')).toBe('Noto Naskh Arabic')
  await expect.poll(() => mainFont(page, '[aria-label^="Pane 1 of"] h1')).toBe('Noto Naskh Arabic')
  await expect.poll(() => mainFont(page, `[role=gridcell].title[title="${HEBREW_TITLE}"]`)).toBe('Noto Serif Hebrew')
  expect(await mainFont(page, '[aria-label^="Pane 2 of"] p[data-start]:nth-child(2)')).toBe('Source Serif 4')
  const loaded = await page.evaluate(() => [...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family))
  expect(loaded).toContain('Noto Naskh Arabic Variable')
  expect(loaded).toContain('Noto Serif Hebrew Variable')

  // J selects a sentence at a time, the Urdu full stop (۔) ending it; K goes back; H highlights.
  await urdu!.getByRole('document', { name: 'Document text' }).focus()
  const selected = () => page.evaluate(() => window.getSelection()!.toString())
  await page.keyboard.press('j')
  expect(await selected()).toBe(URDU_TITLE)
  await page.keyboard.press('j')
  expect(await selected()).toBe(URDU_SENTENCE)
  await page.keyboard.press('k')
  expect(await selected()).toBe(URDU_TITLE)
  await page.keyboard.press('j')
  await page.keyboard.press('h')
  await page.getByRole('dialog', { name: 'Highlight as' }).getByRole('button', { name: 'Quote' }).click()
  await expect(card(page).locator('blockquote')).toHaveText(URDU_SENTENCE)
  expect(await directions(card(page).locator('blockquote'))).toEqual(['rtl'])
  expect(await paintedTexts(page)).toEqual({ 'hl-1': [URDU_SENTENCE], 'hl-active': [URDU_SENTENCE] })
  const paintedIn = await page.evaluate(() =>
    [...CSS.highlights.get('hl-1')!].map((range) => {
      const p = range.startContainer.parentElement!
      return { start: p.dataset.start, direction: getComputedStyle(p).direction, onScreen: range instanceof Range && range.getClientRects().length > 0 }
    })
  )
  const paragraph = await urdu!.locator('p[data-start]').nth(1).getAttribute('data-start')
  expect(paintedIn).toEqual([{ start: paragraph, direction: 'rtl', onScreen: true }])
})

test('in an Urdu paragraph the mouse selects and highlights a passage, a click opens it, and find marks every match', async ({ page, app }) => {
  await openLibrary(page, app)
  await importFiles(page, [fixture('urdu-rain-agency.txt')])
  await openDocument(page, URDU_TITLE)

  await highlightWithMouse(page, 'واسا کے ترجمان نے بتایا', 'Claim')
  await card(page).getByLabel('Note').fill('ترجمان کا نام نہیں دیا گیا')
  await expect(card(page).getByText('Saved')).toBeVisible()
  expect(await directions(card(page).getByLabel('Note'))).toEqual(['rtl'])
  await page.getByRole('button', { name: 'Close highlight' }).click()
  await clickWord(page, 'ترجمان')
  await expect(card(page).locator('blockquote')).toHaveText('واسا کے ترجمان نے بتایا')

  await page.getByRole('document', { name: 'Document text' }).focus()
  await page.keyboard.press('Control+f')
  const find = page.getByRole('searchbox', { name: 'Find in document' })
  await find.fill('بارش')
  expect(await directions(find)).toEqual(['rtl'])
  await expect(page.getByRole('search', { name: 'Find in document' }).getByRole('status')).toHaveText('1 of 4')
  await expect.poll(async () => (await paintedTexts(page))['find']).toEqual(['بارش', 'بارش', 'بارش', 'بارش'])
  await find.press('Enter')
  await expect(page.getByRole('search', { name: 'Find in document' }).getByRole('status')).toHaveText('2 of 4')
  expect((await paintedTexts(page))['find-current']).toEqual(['بارش'])
})

test('an Urdu paragraph two documents share is shaded at its right edge, and the overview strip leads to it', async ({ page, app }) => {
  await page.setViewportSize({ width: 1600, height: 600 })
  await openLibrary(page, app)
  await importFiles(page, [fixture('urdu-rain-agency.txt'), fixture('urdu-rain-newspaper.txt')])
  await openDocument(page, URDU_TITLE)
  await libraryRow(page, NEWSPAPER_TITLE).click({ modifiers: ['Shift'] })
  const [agency] = await panes(page).all()
  const shared = agency!.locator('p[data-start]', { hasText: 'قومی ادارہ برائے انسداد آفات' })
  await expect(shared).toHaveClass(/shared/)
  const bar = await shared.evaluate((p) => {
    const style = getComputedStyle(p)
    return { right: style.borderRightWidth, left: style.borderLeftWidth, colour: style.borderRightColor }
  })
  expect(bar).toEqual({ right: '3px', left: '0px', colour: expect.not.stringMatching(/^rgba\(0, 0, 0, 0\)$/) })
  await expect(agency!.locator('p[data-start]', { hasText: 'واسا کے ترجمان' })).toHaveAttribute('data-share', 'only here')

  const strip = agency!.getByRole('navigation', { name: /Overview/ })
  await strip.getByRole('button').last().click()
  await expect(agency!.locator('.scroller')).not.toHaveJSProperty('scrollTop', 0)
})
