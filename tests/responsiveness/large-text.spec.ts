import { test, expect, openLibrary } from '../e2e/fixtures'
import { LARGE_TEXTS, longestFrameReading } from './large-text-reading'

// Playwright's trace recorder walks the whole page after each action, which over a 10 MB document is a long frame of
// its own (its visitNode took 250 ms in a CPU profile of this test): this test records no trace.
test.use({ trace: 'off' })

/**
 * A frozen reader: these texts held the page for 0.7 to 6.4 s before the reader took them in steps. A frame of 500 ms
 * is where web.dev's Interaction to Next Paint calls responsiveness poor (web.dev/articles/inp). The target, no frame
 * over 100 ms, is a figure of `npm run bench`, taken over several runs: on two shared cores a frame's length also counts
 * the time the reader's thread waits for a core, and one build's longest frame ranged from under 50 to 195 ms here.
 */
const FROZEN_MS = 500

for (const { label, title, body } of LARGE_TEXTS) {
  test(`the reader does not freeze while opening, scrolling and leaving ${label}`, async ({ page, app }) => {
    test.setTimeout(120_000)
    await openLibrary(page, app)
    const worst = await longestFrameReading(page, app, title, body())
    expect(worst.duration, `the longest frame: ${worst.where}`).toBeLessThan(FROZEN_MS)
  })
}
