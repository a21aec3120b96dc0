import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { test, expect, openLibrary, openDocument, libraryRow, panes, SEED_TITLES } from './fixtures'
import { clickWord, highlightWithMouse } from './reader-actions'

/** Window sizes a reader works at; a 1280x720 window at 200% zoom lays the page out in 640x360 CSS pixels. */
const SIZES = [
  { name: '1400x900', width: 1400, height: 900 },
  { name: '1280x720', width: 1280, height: 720 },
  { name: '1024x768', width: 1024, height: 768 },
  { name: '800x600', width: 800, height: 600 },
  { name: '1280x720 at 200% zoom', width: 640, height: 360 }
]
const MIN_PANE_WIDTH = 280

function more(page: Page) {
  return page.getByRole('button', { name: 'More', exact: true })
}

/** A toolbar control is on screen, or behind More, which opens to show it and closes again on Escape. */
async function expectReachable(page: Page, control: Locator): Promise<void> {
  const behindMore = !(await control.isVisible())
  if (behindMore) {
    await expect(more(page)).toBeInViewport({ ratio: 1 })
    await more(page).click()
  }
  await expect(control).toBeInViewport({ ratio: 1 })
  if (!behindMore) return
  await page.keyboard.press('Escape')
  await expect(more(page)).toHaveAttribute('aria-expanded', 'false')
  await expect(more(page)).toBeFocused()
}

/** Whether the pane, once the row is scrolled to it, is wide enough to read, inside the window and not covered by anything. */
function paneInSight(pane: Locator) {
  return pane.evaluate(async (element, minWidth) => {
    element.scrollIntoView({ block: 'nearest', inline: 'nearest' })
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    const box = element.getBoundingClientRect()
    const uncovered = [box.top + 8, box.top + box.height / 2].every((y) => element.contains(document.elementFromPoint(box.left + box.width / 2, y)))
    return { wide: box.width >= minWidth, inWindow: box.left >= 0 && box.right <= window.innerWidth + 0.5, uncovered }
  }, MIN_PANE_WIDTH)
}

/** The panel's descendants that reach past its left or right edge, where not cut short by an ellipsis on purpose. */
function overflowing(panel: Locator): Promise<string[]> {
  return panel.evaluate((root) => {
    const edge = root.getBoundingClientRect()
    return [...root.querySelectorAll('*')].flatMap((element) => {
      let { left, right } = element.getBoundingClientRect()
      if (left === right) return []
      for (let parent = element.parentElement; parent && parent !== root; parent = parent.parentElement) {
        const style = getComputedStyle(parent)
        if (style.textOverflow !== 'ellipsis' || style.overflowX === 'visible') continue
        const clip = parent.getBoundingClientRect()
        left = Math.max(left, clip.left)
        right = Math.min(right, clip.right)
      }
      if (left >= edge.left - 0.5 && right <= edge.right + 0.5) return []
      return [`${element.tagName.toLowerCase()} "${element.textContent?.slice(0, 30) ?? ''}" ${Math.round(left)}-${Math.round(right)}`]
    })
  })
}

/**
 * Shows a side panel and tells whether it is a drawer. A drawer lies inside the window, closes by its button, takes the
 * keyboard as it opens and gives it back to its toolbar button on Escape; it is left closed.
 */
async function isDrawer(page: Page, toggle: string, panel: Locator, close: string): Promise<boolean> {
  const button = page.getByRole('button', { name: toggle, exact: true })
  if ((await panel.count()) === 0) await button.click()
  await expect(panel).toBeVisible()
  if (!(await panel.getByRole('button', { name: close, exact: true }).isVisible())) return false
  await expect(panel).toBeInViewport({ ratio: 1 })
  await panel.getByRole('button', { name: close, exact: true }).click()
  await expect(panel).toHaveCount(0)
  await button.click()
  await expect(panel.locator(':focus')).toHaveCount(1)
  await page.keyboard.press('Escape')
  await expect(panel).toHaveCount(0)
  await expect(button).toBeFocused()
  return true
}

for (const size of SIZES) {
  test(`at ${size.name} the page fits the window, every control is reachable and no pane or panel spills over`, async ({ page, app }) => {
    test.setTimeout(90_000)
    await page.setViewportSize({ width: 1400, height: 900 })
    await openLibrary(page, app)
    await openDocument(page, SEED_TITLES[2]!)
    await highlightWithMouse(page, 'Witkoff confirmed that there is a deadline for Hamas', 'Claim', panes(page).nth(0))
    for (const title of [SEED_TITLES[0]!, SEED_TITLES[1]!, SEED_TITLES[3]!]) await libraryRow(page, title).click({ modifiers: ['Shift'] })
    await expect(panes(page)).toHaveCount(4)
    await clickWord(page, 'deadline', panes(page).nth(0))
    await expect(page.getByRole('region', { name: 'Highlight' })).toBeVisible()

    await page.setViewportSize({ width: size.width, height: size.height })
    for (const theme of ['Light', 'Dark']) {
      const switcher = page.getByRole('radiogroup', { name: 'Colour theme' })
      await expectReachable(page, switcher)
      if (!(await switcher.isVisible())) await more(page).click()
      await switcher.getByRole('radio', { name: theme }).click()
      if (await more(page).isVisible()) await page.keyboard.press('Escape')
      await page.screenshot({ path: test.info().outputPath(`${size.name}-${theme.toLowerCase()}.png`) })
    }

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width)
    for (const name of ['Library', 'Notes', 'Settings', 'Lock scroll', 'Boilerplate']) {
      await expectReachable(page, page.getByRole('button', { name, exact: true }))
    }
    for (const name of [/^Search/, 'Import…', 'Export…']) await expectReachable(page, page.getByRole('button', { name }))

    const library = page.getByRole('complementary', { name: 'Library' })
    const notes = page.getByRole('complementary', { name: 'Annotations' })
    // Docked panels sit beside the panes and stay open for the panes' check; drawers float over them, and are closed.
    const libraryIsDrawer = await isDrawer(page, 'Library', library, 'Close library')
    const notesIsDrawer = await isDrawer(page, 'Notes', notes, 'Close notes')
    await expect(library).toHaveCount(libraryIsDrawer ? 0 : 1)
    await expect(notes).toHaveCount(notesIsDrawer ? 0 : 1)
    for (let index = 0; index < 4; index++) {
      expect(await paneInSight(panes(page).nth(index)), `pane ${index + 1}`).toEqual({ wide: true, inWindow: true, uncovered: true })
    }

    await panes(page).nth(0).getByText('Joint US-Israeli', { exact: false }).first().click()
    await page.keyboard.press('Control+f')
    const find = panes(page).nth(0).getByRole('search', { name: 'Find in document' })
    await expect(find).toBeVisible()
    const pane = (await panes(page).nth(0).boundingBox())!
    const bar = (await find.boundingBox())!
    expect(bar.x).toBeGreaterThanOrEqual(pane.x)
    expect(bar.x + bar.width).toBeLessThanOrEqual(pane.x + pane.width)
    await page.keyboard.press('Escape')

    if (notesIsDrawer) await page.getByRole('button', { name: 'Notes', exact: true }).click()
    for (const tab of ['Document', 'All', 'Orphans', 'Quotes', 'Tags', 'Palette']) {
      await notes.getByRole('tab', { name: tab }).click()
      await expect(notes.getByRole('tabpanel')).not.toBeEmpty()
      expect(await overflowing(notes), `the ${tab} tab`).toEqual([])
    }
  })
}

for (const theme of ['Light', 'Dark'] as const) {
  test(`axe finds no WCAG 2.1 A or AA violation in a small window with More and a drawer open, ${theme.toLowerCase()} theme`, async ({ page, app }) => {
    test.setTimeout(60_000)
    await page.setViewportSize({ width: 800, height: 600 })
    await openLibrary(page, app)
    await openDocument(page, SEED_TITLES[2]!)
    await more(page).click()
    await page.getByRole('radiogroup', { name: 'Colour theme' }).getByRole('radio', { name: theme }).click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase())
    const check = async (state: string) => {
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
      expect.soft(violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`)), state).toEqual([])
    }
    await check('More open, library drawer open')
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Notes', exact: true }).click()
    await expect(page.getByRole('complementary', { name: 'Annotations' }).getByRole('button', { name: 'Close notes' })).toBeVisible()
    await expect(page.getByRole('complementary', { name: 'Library' })).toHaveCount(0)
    await check('notes drawer open')
  })
}
