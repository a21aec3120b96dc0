import { expect, type Locator, type Page } from '@playwright/test'

/**
 * Screen points at the start and end of the first occurrence of `passage` in the reader's text. Blocks the reader
 * has not laid out yet take their real height once scrolled into view, so the points are read until two frames agree.
 */
async function passageEnds(page: Page, passage: string, scope: Page | Locator = page) {
  const text = scope.getByRole('document', { name: 'Document text' })
  let previous = ''
  for (let attempt = 0; attempt < 20; attempt++) {
    const points = await text.evaluate(async (root, wanted) => {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
      for (const p of root.querySelectorAll('p')) {
        const node = p.firstChild
        const index = node?.textContent?.indexOf(wanted) ?? -1
        if (!node || index < 0) continue
        // The passage's first and last letters, not its line boxes: in a line that mixes directions (Urdu with digits
        // or Latin words) the boxes come in visual runs, not in reading order.
        const letter = (at: number) => {
          const range = document.createRange()
          range.setStart(node, at)
          range.setEnd(node, at + 1)
          return range.getBoundingClientRect()
        }
        const first = letter(index)
        const last = letter(index + wanted.length - 1)
        if (first.top < 0 || last.bottom > window.innerHeight) p.scrollIntoView({ block: 'center' })
        // A right-to-left paragraph (Urdu, Hebrew) starts a passage at the right of its first letter and ends it at the left of its last.
        const rtl = getComputedStyle(p).direction === 'rtl'
        const x1 = rtl ? first.right - 1 : first.left + 1
        const x2 = rtl ? last.left + 1 : last.right - 1
        return { x1, y1: first.top + first.height / 2, x2, y2: last.top + last.height / 2 }
      }
      return null
    }, passage)
    if (points && JSON.stringify(points) === previous) return points
    previous = JSON.stringify(points)
  }
  throw new Error(`"${passage}" is not in the reader, or did not settle on screen`)
}

/**
 * Selects a passage by dragging the real mouse across it, as a reader would (in one pane, when several are open).
 * `midway` runs with the button held, halfway across.
 */
export async function selectWithMouse(page: Page, passage: string, pane: Page | Locator = page, midway?: () => Promise<void>): Promise<void> {
  const { x1, y1, x2, y2 } = await passageEnds(page, passage, pane)
  await page.mouse.move(x1, y1)
  await page.mouse.down()
  await page.mouse.move((x1 + x2) / 2, (y1 + y2) / 2, { steps: 4 })
  await midway?.()
  await page.mouse.move(x2, y2, { steps: 4 })
  await page.mouse.up()
}

/** Clicks the middle of a word of the text (in one pane, when several are open), e.g. to open the highlight painted there. */
export async function clickWord(page: Page, word: string, pane: Page | Locator = page): Promise<void> {
  const { x1, y1, x2 } = await passageEnds(page, word, pane)
  await page.mouse.click((x1 + x2) / 2, y1)
}

export async function highlightWithMouse(page: Page, passage: string, category: string, pane: Page | Locator = page): Promise<void> {
  await selectWithMouse(page, passage, pane)
  await page.getByRole('dialog', { name: 'Highlight as' }).getByRole('button', { name: category }).click()
  await expect(page.getByRole('region', { name: 'Highlight' }).locator('blockquote')).toHaveText(passage)
}

/** The text each painted highlight covers, by paint slot, straight from the CSS Custom Highlight registry. */
export function paintedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const painted: Record<string, string[]> = {}
    CSS.highlights.forEach((highlight, name) => {
      const texts = [...highlight].map((range) => range.toString())
      if (texts.length > 0) painted[name] = texts
    })
    return painted
  })
}
