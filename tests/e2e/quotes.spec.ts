import type { Page } from '@playwright/test'
import { test, expect, libraryRow, openLibrary, openDocument, panes, SEED_TITLES } from './fixtures'
import { clickWord, highlightWithMouse, paintedTexts } from './reader-actions'

function quotesList(page: Page) {
  return page.getByRole('list', { name: 'Quotes' })
}

/** A quote of the list, by its words, opened to show each document's version. */
async function expandQuote(page: Page, words: RegExp) {
  const quote = quotesList(page).getByRole('listitem', { name: words })
  await quote.getByRole('button', { expanded: false }).click()
  await expect(quote.getByRole('button', { expanded: true })).toBeVisible()
  return quote
}

test('unticking “Only quotes in more than one document” lists the quotes of one document at once, and the choice stays', async ({ page, app }) => {
  await openLibrary(page, app)
  await page.getByRole('tab', { name: 'Quotes' }).click()
  const quotes = quotesList(page).locator(':scope > li')
  // The seeds' four remarks that two outlets carry.
  await expect(quotes).toHaveCount(4)
  const onlyShared = page.getByRole('checkbox', { name: 'Only quotes in more than one document' })
  await onlyShared.uncheck()
  // 002 line 7, which only the New York Post quotes, now listed after the four.
  const single = quotesList(page).getByRole('listitem', { name: /^“We’re going to find out/ })
  await expect(single).toContainText('1 document, no outlet named')
  expect(await quotes.count()).toBeGreaterThan(4)
  await expect(quotes.nth(3)).toContainText('2 ')
  await expect(quotes.nth(4)).toContainText('1 ')

  // Another tab and back: still unticked, and still every quote.
  await page.getByRole('tab', { name: 'All' }).click()
  await page.getByRole('tab', { name: 'Quotes' }).click()
  await expect(onlyShared).not.toBeChecked()
  await expect(single).toBeVisible()
  // The choice is in the settings: a new window starts with it.
  await page.reload()
  await page.getByRole('tab', { name: 'Quotes' }).click()
  await expect(onlyShared).not.toBeChecked()
  await expect(single).toBeVisible()
  await onlyShared.check()
  await expect(quotes).toHaveCount(4)
})

test('opening a quote’s version keeps the Quotes tab, even in a pane whose highlight card is open', async ({ page, app }) => {
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[0]!)
  await libraryRow(page, SEED_TITLES[1]!).click({ modifiers: ['Shift'] })
  const [tjv, rt] = await panes(page).all()
  await expect(rt!.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLES[1]!)
  // A card open in RT's pane, then the reader moves on to the tjvnews pane.
  await highlightWithMouse(page, 'Ceasefire negotiations between Israel and Hamas', 'Claim', rt!)
  await clickWord(page, 'decisive', tjv!)

  const quotesTab = page.getByRole('tab', { name: 'Quotes' })
  await quotesTab.click()
  const quote = await expandQuote(page, /never really wanted a deal/)
  await quote.getByRole('button', { name: /^RT/ }).click()
  await expect.poll(async () => (await paintedTexts(page)).marked).toEqual(['didn’t really want to make a deal'])
  await expect(quotesTab).toHaveAttribute('aria-selected', 'true')
  await quote.getByRole('button', { name: /^tjvnews\.com/ }).click()
  await expect.poll(async () => (await paintedTexts(page)).marked).toEqual(expect.arrayContaining(['Hamas never really wanted a deal. I think they’re about to be hunted down']))
  await expect(quotesTab).toHaveAttribute('aria-selected', 'true')

  // Picking a highlight still brings its card forward.
  await clickWord(page, 'negotiations', rt!)
  await expect(page.getByRole('tab', { name: 'Document' })).toHaveAttribute('aria-selected', 'true')
})

test('a version’s word differences keep the spaces between words, and a document with no outlet goes by its headline’s first words', async ({ page, app }) => {
  await openLibrary(page, app)
  await page.getByRole('tab', { name: 'Quotes' }).click()
  const deal = await expandQuote(page, /never really wanted a deal/)
  const rt = deal.getByRole('button', { name: /^RT/ })
  await expect(rt.locator('.diff')).toHaveText('Hamas never didn’t really wanted want to make a deal. I think they’re about to be hunted down')
  await expect(rt.locator('del')).toHaveText(['Hamas never', 'wanted', 'I think they’re about to be hunted down'])
  await expect(rt.locator('ins')).toHaveText(['didn’t', 'want to make'])

  // 002 and 003 name no outlet; the whole headline is there on hover.
  const ultimatum = await expandQuote(page, /^“Release all of the Hostages now/)
  const versions = ultimatum.locator('.where > span:first-child')
  await expect(versions).toHaveText(['Joint US-Israeli military action…', 'Hamas rejects Trump threat…'])
  await expect(versions.first()).toHaveAttribute('title', SEED_TITLES[2]!)

  for (const theme of ['Light', 'Dark']) {
    await page.getByRole('radio', { name: theme }).click()
    await page.screenshot({ path: test.info().outputPath(`quotes-${theme.toLowerCase()}.png`) })
  }
})
