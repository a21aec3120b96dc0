import { test, expect, openLibrary, openDocument, libraryRow, panes, SEED_TITLES } from './fixtures'
import { clickWord, highlightWithMouse, paintedTexts } from './reader-actions'

test('documents open side by side, from Shift+click, the context menu and a drag onto a pane edge', async ({ page, app }) => {
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[0]!)
  await libraryRow(page, SEED_TITLES[1]!).click({ modifiers: ['Shift'] })
  await expect(panes(page)).toHaveCount(2)

  await libraryRow(page, SEED_TITLES[2]!).click({ button: 'right' })
  await page.getByRole('menuitem', { name: /Open beside/ }).click()
  await expect(panes(page)).toHaveCount(3)

  const titles = page.getByRole('article').getByRole('heading', { level: 1 })
  await expect(titles).toHaveText([SEED_TITLES[0]!, SEED_TITLES[1]!, SEED_TITLES[2]!])

  // Three panes beside the library and the notes are wider than a 1280 px window: the row of panes scrolls sideways
  // and shows the newest, so the first is scrolled back into view, as a reader would, before dropping onto its edge.
  await expect(panes(page).nth(2)).toBeInViewport({ ratio: 1 })
  await expect(panes(page).nth(0)).not.toBeInViewport({ ratio: 1 })
  await panes(page).nth(0).scrollIntoViewIfNeeded()
  // A real drag: the drop zones appear only once a document is being dragged.
  await libraryRow(page, SEED_TITLES[3]!).hover()
  await page.mouse.down()
  const target = (await panes(page).nth(0).boundingBox())!
  await page.mouse.move(target.x + 20, target.y + target.height / 2, { steps: 5 })
  await expect(page.getByRole('region', { name: 'Open beside, on the left' }).first()).toBeVisible()
  await page.mouse.move(target.x + 24, target.y + target.height / 2, { steps: 2 })
  await page.mouse.up()
  await expect(titles).toHaveText([SEED_TITLES[3]!, SEED_TITLES[0]!, SEED_TITLES[1]!, SEED_TITLES[2]!])

  // Four panes is the most: the menu says so by disabling the entry.
  await libraryRow(page, SEED_TITLES[0]!).click({ button: 'right' })
  await expect(page.getByRole('menuitem', { name: /Open beside/ })).toBeDisabled()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('menu')).toHaveCount(0)
})

test('panes close, move and resize, and the layout with its scroll positions comes back after a restart', async ({ page, app }) => {
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[0]!)
  await libraryRow(page, SEED_TITLES[1]!).click({ modifiers: ['Shift'] })
  await libraryRow(page, SEED_TITLES[2]!).click({ modifiers: ['Shift'] })
  const titles = page.getByRole('article').getByRole('heading', { level: 1 })
  await expect(titles).toHaveText([SEED_TITLES[0]!, SEED_TITLES[1]!, SEED_TITLES[2]!])

  await panes(page).nth(0).getByRole('button', { name: 'Move pane right' }).click()
  await expect(titles).toHaveText([SEED_TITLES[1]!, SEED_TITLES[0]!, SEED_TITLES[2]!])
  await panes(page).nth(2).getByRole('button', { name: 'Close pane' }).click()
  await expect(titles).toHaveText([SEED_TITLES[1]!, SEED_TITLES[0]!])

  const first = panes(page).nth(0)
  const before = (await first.boundingBox())!.width
  const divider = page.getByRole('separator', { name: 'Resize panes 1 and 2' })
  await divider.focus()
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight')
  const after = (await first.boundingBox())!.width
  expect(after).toBeGreaterThan(before + 100)

  const scroller = first.locator('.scroller')
  const saved = page.waitForResponse((response) => {
    if (!response.url().endsWith('/api/saveWorkspace')) return false
    const { layout } = response.request().postDataJSON() as { layout: { panes: { scrollOffset: number }[] } }
    return layout.panes[0]!.scrollOffset > 0
  })
  await scroller.evaluate((element) => element.scrollBy(0, 900))
  const paragraph = await first.locator('p[data-start]').evaluateAll((blocks) => {
    const top = blocks[0]!.closest('.scroller')!.getBoundingClientRect().top
    return blocks.find((block) => block.getBoundingClientRect().bottom > top)!.textContent
  })
  // The layout is saved once scrolling settles.
  await saved

  await app.restart(page)
  await page.goto(app.url)
  await expect(titles).toHaveText([SEED_TITLES[1]!, SEED_TITLES[0]!])
  const restored = panes(page).nth(0)
  expect(Math.abs((await restored.boundingBox())!.width - after)).toBeLessThan(4)
  await expect(restored.locator('p[data-start]', { hasText: paragraph! })).toBeInViewport()
})

test('a layout changed just before the window closes is still there when it opens again', async ({ page, app, context }) => {
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[0]!)
  await libraryRow(page, SEED_TITLES[1]!).click({ modifiers: ['Shift'] })
  await expect(panes(page)).toHaveCount(2)
  // Closed well inside the half second the layout waits for scrolling to settle before it is saved.
  await page.close({ runBeforeUnload: true })

  const again = await context.newPage()
  await openLibrary(again, app)
  await expect(again.getByRole('article').getByRole('heading', { level: 1 })).toHaveText([SEED_TITLES[0]!, SEED_TITLES[1]!])
})

test('one document open in two panes shows the same notes, tags and categories in both', async ({ page, app }) => {
  const sentence = 'Witkoff confirmed that there is a deadline for Hamas to release the hostages, but would not say when.'
  const card = page.getByRole('region', { name: 'Highlight' })
  const documentNote = page.getByLabel('Document note')
  const documentTags = page.getByLabel('Document tags: current')
  await openLibrary(page, app)
  await openDocument(page, SEED_TITLES[2]!)
  await libraryRow(page, SEED_TITLES[2]!).click({ modifiers: ['Shift'] })
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText([SEED_TITLES[2]!, SEED_TITLES[2]!])
  const [left, right] = [panes(page).nth(0), panes(page).nth(1)]

  // Edited from the left pane: the highlight's category, tag and note, and the document's note and tag.
  await highlightWithMouse(page, sentence, 'Claim', left)
  await card.getByRole('radio', { name: 'Framing' }).click()
  await expect(card.getByRole('radio', { name: 'Framing' })).toHaveAttribute('aria-checked', 'true')
  await card.getByLabel('Add a tag').fill('deadline')
  await card.getByLabel('Add a tag').press('Enter')
  await expect(card.getByText('#deadline')).toBeVisible()
  await card.getByLabel('Note').fill('Compare with the RT account.')
  await expect(card.getByText('Saved')).toBeVisible()
  await documentNote.fill('Read beside the RT report.')
  await expect(page.locator('label', { has: documentNote }).getByText('Saved')).toBeVisible()
  await page.getByLabel('Document tags').locator('..').getByLabel('Add a tag').fill('talks')
  await page.keyboard.press('Enter')
  await expect(documentTags).toContainText('#talks')

  // The right pane paints the new category and, once it has the focus, shows every edit.
  await expect.poll(async () => (await paintedTexts(page))['hl-3']).toEqual([sentence, sentence])
  await clickWord(page, 'confirmed', right)
  await expect(card.getByRole('radio', { name: 'Framing' })).toHaveAttribute('aria-checked', 'true')
  await expect(card.getByText('#deadline')).toBeVisible()
  await expect(card.getByLabel('Note')).toHaveValue('Compare with the RT account.')
  await expect(documentNote).toHaveValue('Read beside the RT report.')
  await expect(documentTags).toContainText('#talks')

  // And back: a note rewritten from the right pane is what the left pane shows.
  await card.getByLabel('Note').fill('Second thoughts.')
  await expect(card.getByText('Saved')).toBeVisible()
  await clickWord(page, 'deadline', left)
  await expect(card.getByLabel('Note')).toHaveValue('Second thoughts.')
})
