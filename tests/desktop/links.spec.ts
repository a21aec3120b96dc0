import type { Page } from '@playwright/test'
import { test, expect, libraryWindow } from './fixtures'
import type { DesktopShell } from './desktop-shell'

/** A sentence near the end of a seed article, out of view when the article opens at its top. */
const PASSAGE = 'Hamas never really wanted a deal'

/** A parallax:// link to PASSAGE, as the Markdown export writes it (offsets in code points), and the article's title. */
async function linkToPassage(page: Page): Promise<{ link: string; title: string }> {
  return page.evaluate(async (passage) => {
    const { calls } = window.parallax!
    const listed = (await calls.listDocuments({})) as { ok: true; value: { id: string; title: string }[] }
    for (const doc of listed.value) {
      const opened = (await calls.openDocument({ id: doc.id })) as { ok: true; value: { text: string } }
      const at = opened.value.text.indexOf(passage)
      if (at < 0) continue
      const start = [...opened.value.text.slice(0, at)].length
      return { link: `parallax://open?doc=${doc.id}&start=${start}&end=${start + [...passage].length}`, title: doc.title }
    }
    throw new Error('No seed carries the passage.')
  }, PASSAGE)
}

async function expectPassageShown(page: Page, title: string): Promise<void> {
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(page.getByRole('article').getByText(PASSAGE)).toBeInViewport()
}

/** A first run, to learn a link into the seeds; the tests then open it as a user would. */
async function firstRun(launchDesktop: () => Promise<DesktopShell>): Promise<{ link: string; title: string }> {
  const desktop = await launchDesktop()
  const target = await linkToPassage(await libraryWindow(desktop))
  await desktop.quit()
  return target
}

test('a parallax:// link that starts the app opens its passage', async ({ launchDesktop, dataDir }) => {
  const { link, title } = await firstRun(launchDesktop)
  const desktop = await launchDesktop(['--data-dir', dataDir, link])
  await expectPassageShown(await desktop.firstWindow(), title)
})

test('a link opened while the app runs (a second launch with the link) opens its passage in the running app', async ({ launchDesktop, launchAgain, dataDir }) => {
  const { link, title } = await firstRun(launchDesktop)
  const desktop = await launchDesktop()
  const page = await libraryWindow(desktop)
  const second = await launchAgain(['--data-dir', dataDir, link])
  expect(second.code).toBe(0)
  await expectPassageShown(page, title)
  expect(desktop.windows()).toHaveLength(1)
})

test("a link macOS hands to the running app (open-url) opens its passage", async ({ launchDesktop }) => {
  const { link, title } = await firstRun(launchDesktop)
  const desktop = await launchDesktop()
  const page = await libraryWindow(desktop)
  const prevented = await desktop.evaluateMain(({ app }, url) => {
    const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true } }
    app.emit('open-url', event, url)
    return event.defaultPrevented
  }, link)
  expect(prevented).toBe(true)
  await expectPassageShown(page, title)
})

test('the link handler is registered with the data folder in use, so a link opens in that library', async ({ launchDesktop, dataDir }) => {
  const desktop = await launchDesktop()
  await libraryWindow(desktop)
  const registered = await desktop.evaluateMain(({ app }) => app.isDefaultProtocolClient('parallax'), null)
  expect(registered).toBe(true)
  if (desktop.kind === 'stand-in') {
    const client = await desktop.evaluateMain(({ app }) => (app as unknown as { protocolClients: Map<string, { args: string[] }> }).protocolClients.get('parallax'), null)
    expect(client?.args.slice(1)).toEqual(['--data-dir', dataDir])
  }
})
