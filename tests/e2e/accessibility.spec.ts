import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect, openLibrary, openDocument, libraryRow, panes, SEED_TITLES } from './fixtures'
import { clickWord, highlightWithMouse, selectWithMouse } from './reader-actions'

/** The rules axe-core files under WCAG 2.0 and 2.1, levels A and AA. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** What axe finds in the page as it is now, one line per rule and element, so a failure names both. */
async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze()
  return violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')} (${node.failureSummary?.split('\n')[1]?.trim() ?? ''})`))
}

for (const theme of ['Light', 'Dark'] as const) {
  test(`axe finds no WCAG 2.1 A or AA violation in any main state, ${theme.toLowerCase()} theme`, async ({ page, app }) => {
    test.setTimeout(180_000)
    // Soft, so one run names the violations of every state.
    const check = async (state: string) => expect.soft(await violations(page), state).toEqual([])

    await openLibrary(page, app)
    await page.getByRole('radiogroup', { name: 'Colour theme' }).getByRole('radio', { name: theme }).click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase())
    await check('library')

    await openDocument(page, SEED_TITLES[2]!)
    await check('one document open')

    await page.keyboard.press('Control+f')
    await page.getByRole('searchbox', { name: 'Find in document' }).fill('Hamas')
    await expect(page.getByRole('search', { name: 'Find in document' }).getByRole('status')).toHaveText(/^1 of \d+$/)
    await check('find in document')
    await page.keyboard.press('Escape')

    await page.getByRole('button', { name: 'Edit details' }).click()
    await check('details form')
    await page.keyboard.press('Escape')

    await libraryRow(page, SEED_TITLES[0]!).click({ button: 'right' })
    await expect(page.getByRole('menu')).toBeVisible()
    await check('document menu')
    await page.keyboard.press('Escape')

    await libraryRow(page, SEED_TITLES[1]!).click({ modifiers: ['Shift'] })
    await expect(panes(page)).toHaveCount(2)
    await selectWithMouse(page, 'the terrorist organization', panes(page).nth(0))
    await expect(page.getByRole('dialog', { name: 'Highlight as' })).toBeVisible()
    await check('category popover')
    await page.keyboard.press('Escape')
    await highlightWithMouse(page, 'Witkoff confirmed that there is a deadline for Hamas', 'Claim', panes(page).nth(0))
    await page.getByRole('button', { name: 'Close highlight' }).click()
    await highlightWithMouse(page, 'finish the job', 'Quote', panes(page).nth(1))
    await page.getByRole('button', { name: 'Close highlight' }).click()
    await check('two documents side by side with highlights')

    await clickWord(page, 'deadline', panes(page).nth(0))
    await expect(page.getByRole('region', { name: 'Highlight' })).toBeVisible()
    await check('notes panel with a card')

    await page.keyboard.press('Control+k')
    const search = page.getByRole('dialog', { name: 'Search the library' })
    await search.getByRole('combobox', { name: 'Search the library' }).fill('Witkoff')
    await expect(search.getByRole('listbox', { name: 'Results' }).getByRole('option').first()).toBeVisible()
    await check('search with results')
    await page.keyboard.press('Escape')

    await page.getByRole('tab', { name: 'Quotes' }).click()
    await expect(page.getByRole('list', { name: 'Quotes' }).getByRole('listitem').first()).toBeVisible()
    await check('quotes view')

    await page.getByRole('tab', { name: 'Palette' }).click()
    await expect(page.getByRole('list', { name: 'Categories' })).toBeVisible()
    await check('palette')

    await page.getByRole('button', { name: 'Settings' }).click()
    await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible()
    await check('settings')
    await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Edit outlets…' }).click()
    await expect(page.getByRole('dialog', { name: 'Outlets' })).toBeVisible()
    await check('outlets')
    await page.keyboard.press('Escape')
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)

    await page.getByRole('button', { name: 'Export…' }).click()
    await expect(page.getByRole('dialog', { name: 'Export notes' }).getByLabel('Preview')).toContainText('Witkoff')
    await check('export dialog')
    await page.keyboard.press('Escape')

    const text = Buffer.from('A short note for the tests\n\nIt has one paragraph.\n')
    await page.getByLabel('Choose files to import').setInputFiles([{ name: 'short.txt', mimeType: 'text/plain', buffer: text }])
    const summary = page.getByRole('dialog', { name: 'Import finished' })
    await expect(summary).toContainText('1 document was added to the library.')
    await check('import summary')
    await summary.getByRole('button', { name: 'Close' }).click()

    for (const title of [SEED_TITLES[0]!, SEED_TITLES[3]!, 'A short note for the tests']) await libraryRow(page, title).click({ modifiers: ['Shift'] })
    await expect(page.getByRole('alert')).toContainText('Four panes are open')
    await check('an error notice')
  })
}

test('the first Tab stop skips the toolbar: to the library, and to the text once a document is open, which shows a whole focus ring', async ({ page, app }) => {
  await openLibrary(page, app)
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to the library' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('grid', { name: 'Documents' })).toBeFocused()

  await openDocument(page, SEED_TITLES[2]!)
  await page.reload()
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(SEED_TITLES[2]!)
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to the text' })).toBeFocused()
  await page.screenshot({ path: test.info().outputPath('skip-link.png') })
  await page.keyboard.press('Enter')
  const text = page.getByRole('document', { name: 'Document text' })
  await expect(text).toBeFocused()
  // The ring: a 2 px line drawn whole, its left and right sides inside the scrolling page that would clip them.
  const ring = await text.evaluate((element) => {
    const style = getComputedStyle(element)
    const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth)
    const box = element.getBoundingClientRect()
    const page = element.closest('.scroller')!.getBoundingClientRect()
    return { style: style.outlineStyle, width: style.outlineWidth, inside: box.left - reach >= page.left && box.right + reach <= page.right }
  })
  expect(ring).toEqual({ style: 'solid', width: '2px', inside: true })
  await page.screenshot({ path: test.info().outputPath('focused-text.png') })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: test.info().outputPath('focused-text-dark.png') })
})

test('the notes tabs and the theme switch are one Tab stop each, moved through with the arrow keys', async ({ page, app }) => {
  await openLibrary(page, app)
  const tab = (name: string) => page.getByRole('tab', { name })
  await tab('Document').click()
  await page.keyboard.press('ArrowRight')
  await expect(tab('All')).toBeFocused()
  await expect(tab('All')).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('End')
  await expect(tab('Palette')).toBeFocused()
  await expect(page.getByRole('list', { name: 'Categories' })).toBeVisible()
  await page.keyboard.press('Home')
  await page.keyboard.press('ArrowLeft')
  await expect(tab('Palette')).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('tab').and(page.locator(':focus'))).toHaveCount(0)
  await expect(page.getByLabel('Colour of Claim')).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(tab('Palette')).toBeFocused()

  const theme = (name: string) => page.getByRole('radiogroup', { name: 'Colour theme' }).getByRole('radio', { name })
  await theme('Light').click()
  await page.keyboard.press('ArrowRight')
  await expect(theme('Dark')).toBeFocused()
  await expect(theme('Dark')).toHaveAttribute('aria-checked', 'true')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.keyboard.press('ArrowRight')
  await expect(theme('System')).toHaveAttribute('aria-checked', 'true')
  await page.keyboard.press('Shift+Tab')
  await expect(page.getByRole('radio').and(page.locator(':focus'))).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused()

  // The card's categories too: an arrow key recategorises the highlight.
  await openDocument(page, SEED_TITLES[2]!)
  await highlightWithMouse(page, 'terrorist organization', 'Claim')
  const category = (name: string) => page.getByRole('region', { name: 'Highlight' }).getByRole('radio', { name })
  await category('Claim').focus()
  await page.keyboard.press('ArrowRight')
  await expect(category('Quote')).toBeFocused()
  await expect(category('Quote')).toHaveAttribute('aria-checked', 'true')
  await expect(page.getByRole('list', { name: 'Highlights in this document' })).toContainText('Quote')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('radio').and(page.locator(':focus'))).toHaveCount(0)
})

/** One passage of the Post's article (seed 002) for each default category, the first three in its first paragraph. */
const PASSAGES = [
  ['The threat of joint US-Israeli military action', 'Claim'],
  ['terrorist organization', 'Framing'],
  ['all remaining hostages', 'Figure'],
  ['Witkoff, the US special envoy to the Middle East', 'Source'],
  ['going to find out', 'Quote'],
  ['clarify whether Witkoff meant', 'Question']
] as const

/** The red-green colour blindness of deuteranopia (Machado, Oliveira and Fernandes 2009, severity 1), as a CSS filter. */
const DEUTERANOPIA = `<svg xmlns="http://www.w3.org/2000/svg"><filter id="d" color-interpolation-filters="linearRGB"><feColorMatrix type="matrix"
  values="0.367 0.861 -0.228 0 0  0.280 0.673 0.047 0 0  -0.012 0.043 0.969 0 0  0 0 0 1 0"/></filter></svg>`

test('every category is told apart without its colour: an underline of its own and its letter in the margin, a new category too', async ({ page, app }) => {
  test.setTimeout(90_000)
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[2]!)
  for (const [passage, category] of PASSAGES) {
    await highlightWithMouse(page, passage, category)
    await page.getByRole('button', { name: 'Close highlight' }).click()
  }

  // Six underlines, one per default category, each in the category's colour darkened to 3:1 or more against the page.
  const underlines = () =>
    page.getByRole('document', { name: 'Document text' }).evaluate((text) => {
      const luminance = (colour: string) => {
        const probe = document.createElement('canvas').getContext('2d')!
        probe.fillStyle = colour
        probe.fillRect(0, 0, 1, 1)
        const rgb = [...probe.getImageData(0, 0, 1, 1).data.slice(0, 3)].map((v) => v / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
        return 0.2126 * rgb[0]! + 0.7152 * rgb[1]! + 0.0722 * rgb[2]!
      }
      const page = luminance(getComputedStyle(text.closest('.scroller')!).backgroundColor)
      return [0, 1, 2, 3, 4, 5].map((slot) => {
        const style = getComputedStyle(text, `::highlight(hl-${slot})`)
        const ink = luminance(style.textDecorationColor)
        const contrast = (Math.max(ink, page) + 0.05) / (Math.min(ink, page) + 0.05)
        return { line: `${style.textDecorationLine} ${style.textDecorationStyle} ${style.textDecorationThickness}`, readable: contrast >= 3 }
      })
    })
  const expected = ['underline solid 2px', 'underline double 3px', 'underline dotted 3px', 'underline wavy 1.5px', 'underline dashed 2px', 'underline solid 5px']
  expect(await underlines()).toEqual(expected.map((line) => ({ line, readable: true })))

  const paragraph = (text: string) => page.locator('p[data-start]', { hasText: text })
  await expect(paragraph('The threat of joint')).toHaveAttribute('data-categories', 'C\nFr\nF')
  await expect(paragraph('Steve Witkoff, the US special envoy')).toHaveAttribute('data-categories', 'S')
  await expect(paragraph('clarify whether Witkoff')).toHaveAttribute('data-categories', 'Qu\nQ')
  // The letters stand at the paragraph's end, inside its box (which clips what it paints) and beyond the text.
  const margin = await paragraph('The threat of joint').evaluate((p) => {
    const after = getComputedStyle(p, '::after')
    const room = p.getBoundingClientRect().right - p.closest('[role=document]')!.getBoundingClientRect().right
    return { shown: after.content !== 'none', position: after.position, end: after.right, width: after.width, room: Math.round(room) }
  })
  expect(margin).toEqual({ shown: true, position: 'absolute', end: '0px', width: margin.width, room: Math.round(parseFloat(margin.width)) })
  expect(parseFloat(margin.width)).toBeGreaterThan(15)

  // A category the user adds gets a letter of its own, shown in the palette and beside its highlights.
  await page.getByRole('tab', { name: 'Palette' }).click()
  await page.getByRole('button', { name: 'Add a category' }).click()
  await expect(page.getByLabel('Name of Category 7')).toBeVisible()
  await expect(page.getByRole('list', { name: 'Categories' }).getByRole('listitem').last()).toContainText('C7')
  await page.screenshot({ path: test.info().outputPath('palette.png') })
  await highlightWithMouse(page, 'a shame', 'Category 7')
  await expect(paragraph('a shame')).toHaveAttribute('data-categories', 'C7')
  await page.screenshot({ path: test.info().outputPath('open-card.png') })
  await page.getByRole('button', { name: 'Close highlight' }).click()

  // To look at: the highlights in grayscale and as a reader with deuteranopia sees them, in both themes.
  await page.getByRole('tab', { name: 'Document' }).click()
  await paragraph('The threat of joint').scrollIntoViewIfNeeded()
  const filters = { grayscale: 'grayscale(1)', deuteranopia: `url('data:image/svg+xml,${encodeURIComponent(DEUTERANOPIA)}#d')` }
  for (const theme of ['Light', 'Dark'] as const) {
    await page.getByRole('radiogroup', { name: 'Colour theme' }).getByRole('radio', { name: theme }).click()
    if (theme === 'Dark') expect(await underlines()).toEqual(expected.map((line) => ({ line, readable: true })))
    for (const [name, filter] of Object.entries(filters)) {
      await page.locator('html').evaluate((html, value) => (html.style.filter = value), filter)
      await page.screenshot({ path: test.info().outputPath(`categories-${theme.toLowerCase()}-${name}.png`) })
    }
    await page.locator('html').evaluate((html) => (html.style.filter = ''))
  }
})
