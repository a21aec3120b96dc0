import { readFile } from 'node:fs/promises'
import { test, expect, libraryRows, libraryWindow } from './fixtures'
import type { WithLastPreferences } from './desktop-shell'
import { inMachineFolder, writeInMachineFolder } from '../helpers/machine-path'

test('the desktop app opens on the seeds and answers its own window through the preload', async ({ launchDesktop }) => {
  const desktop = await launchDesktop()
  const page = await libraryWindow(desktop)
  const exposed = await page.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    bridge: Object.keys((globalThis as { parallax?: object }).parallax ?? {}).sort()
  }))
  expect(exposed).toEqual({ require: 'undefined', process: 'undefined', bridge: ['calls', 'onMenuCommand', 'onOpenPassage', 'pathForFile'] })
  const info = await page.evaluate(() => window.parallax!.calls.getAppInfo({}))
  expect(info).toMatchObject({ ok: true, value: { transport: 'electron' } })
})

test('an edited title is still there after a restart', async ({ launchDesktop }) => {
  let desktop = await launchDesktop()
  let page = await libraryWindow(desktop)
  await page.getByRole('row', { name: /Trump: Israel to Hunt Down Hamas/ }).click()
  await page.getByRole('button', { name: 'Edit details' }).click()
  await page.getByLabel('Title').fill('Edited in the desktop app')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edited in the desktop app')
  await desktop.quit()
  expect(await desktop.exited()).toBe(0)

  desktop = await launchDesktop()
  page = await libraryWindow(desktop)
  await expect(page.getByRole('row', { name: 'Edited in the desktop app' })).toBeVisible()
})

test('a call from any other page is refused, even through the same preload', async ({ launchDesktop }) => {
  const desktop = await launchDesktop()
  await libraryWindow(desktop)
  const answer = await desktop.evaluateMain(async ({ BrowserWindow }) => {
    const [main] = BrowserWindow.getAllWindows()
    const preload = (main!.webContents as WithLastPreferences).getLastWebPreferences()!.preload
    const foreign = new BrowserWindow({ show: false, webPreferences: { preload, sandbox: true, contextIsolation: true } })
    await foreign.loadURL('data:text/html,<title>Not Parallax</title><p>Another page</p>')
    return foreign.id
  }, null)
  expect(answer).toBeGreaterThan(0)
  const foreign = desktop.windows().find((window) => window.url().startsWith('data:'))!
  const refused = await foreign.evaluate(() => window.parallax!.calls.listDocuments({}))
  expect(refused).toEqual({ ok: false, error: { code: 'forbidden', message: 'This call is only answered for the Parallax window.' } })
})

test('a second launch on the same data folder brings the first window forward and ends', async ({ launchDesktop, launchAgain, dataDir }) => {
  const desktop = await launchDesktop()
  await libraryWindow(desktop)
  await desktop.evaluateMain(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.minimize(), null)
  const second = await launchAgain(['--data-dir', dataDir])
  expect(second.code).toBe(0)
  await expect
    .poll(() => desktop.evaluateMain(({ BrowserWindow }) => ({ minimized: BrowserWindow.getAllWindows()[0]!.isMinimized(), focused: BrowserWindow.getFocusedWindow() !== null }), null))
    .toEqual({ minimized: false, focused: true })
  expect(desktop.windows()).toHaveLength(1)
})

test('the window refuses to navigate away from the app and to open other windows', async ({ launchDesktop }) => {
  const desktop = await launchDesktop()
  const page = await libraryWindow(desktop)
  const start = page.url()
  for (const target of ['https://example.com/', 'file:///etc/hosts']) {
    await page.evaluate((url) => (location.href = url), target)
    // A refused navigation leaves no trace to wait for; one that went through would have replaced the page by now.
    await page.waitForTimeout(500)
    expect(page.url(), target).toBe(start)
  }
  await page.evaluate(() => void window.open('https://example.com/'))
  await page.waitForTimeout(500)
  expect(desktop.windows()).toHaveLength(1)
  await expect(libraryRows(page)).toHaveCount(6)
})

test('the window opens where it was left, maximized if it was, and on screen if its display is gone', async ({ launchDesktop, dataDir }) => {
  let desktop = await launchDesktop()
  await libraryWindow(desktop)
  await desktop.evaluateMain(({ BrowserWindow }) => {
    const [window] = BrowserWindow.getAllWindows()
    window!.setBounds({ x: 120, y: 90, width: 1000, height: 700 })
    window!.maximize()
  }, null)
  await desktop.quit()

  desktop = await launchDesktop()
  await libraryWindow(desktop)
  const reopened = await desktop.evaluateMain(({ BrowserWindow }) => {
    const [window] = BrowserWindow.getAllWindows()
    return { bounds: window!.getNormalBounds(), maximized: window!.isMaximized() }
  }, null)
  expect(reopened).toEqual({ bounds: { x: 120, y: 90, width: 1000, height: 700 }, maximized: true })
  await desktop.quit()

  // Saved on a second monitor that is no longer there.
  await writeInMachineFolder(dataDir, 'window-state.json', JSON.stringify({ bounds: { x: 4000, y: 300, width: 1000, height: 700 }, maximized: false, theme: 'system' }))
  desktop = await launchDesktop()
  await libraryWindow(desktop)
  const placed = await desktop.evaluateMain(({ BrowserWindow, screen }) => ({ bounds: BrowserWindow.getAllWindows()[0]!.getBounds(), workArea: screen.getPrimaryDisplay().workArea }), null)
  expect(placed.bounds.x).toBeGreaterThanOrEqual(placed.workArea.x)
  expect(placed.bounds.x + placed.bounds.width).toBeLessThanOrEqual(placed.workArea.x + placed.workArea.width)
  expect(placed.bounds.y).toBeGreaterThanOrEqual(placed.workArea.y)
})

test('the native theme follows the theme chosen in the app, from the first frame of the next start', async ({ launchDesktop, dataDir }) => {
  let desktop = await launchDesktop()
  let page = await libraryWindow(desktop)
  await page.getByRole('radio', { name: 'Dark' }).click()
  await expect
    .poll(() => desktop.evaluateMain(({ nativeTheme, BrowserWindow }) => [nativeTheme.themeSource, BrowserWindow.getAllWindows()[0]!.getBackgroundColor()], null))
    .toEqual(['dark', '#1B1A18'])
  await desktop.quit()
  // What the next start reads before its window exists, so that window is created dark.
  expect(JSON.parse(await readFile(inMachineFolder(dataDir, 'window-state.json'), 'utf8'))).toMatchObject({ theme: 'dark' })

  desktop = await launchDesktop()
  page = await libraryWindow(desktop)
  expect(await desktop.evaluateMain(({ nativeTheme }) => nativeTheme.themeSource, null)).toBe('dark')
  await page.getByRole('radio', { name: 'Light' }).click()
  await expect.poll(() => desktop.evaluateMain(({ nativeTheme }) => nativeTheme.shouldUseDarkColors, null)).toBe(false)
})

test('a system shutdown stops the services and quits, with the window state on disk', async ({ launchDesktop, dataDir }) => {
  const desktop = await launchDesktop()
  await libraryWindow(desktop)
  await desktop.evaluateMain(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.setBounds({ x: 50, y: 60, width: 900, height: 640 }), null)
  const delayed = await desktop.evaluateMain(({ powerMonitor }) => {
    const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true } }
    powerMonitor.emit('shutdown', event)
    return event.defaultPrevented
  }, null)
  expect(delayed).toBe(true)
  expect(await desktop.exited()).toBe(0)
  expect(JSON.parse(await readFile(inMachineFolder(dataDir, 'window-state.json'), 'utf8'))).toMatchObject({ bounds: { x: 50, y: 60, width: 900, height: 640 } })
})

test('the page runs isolated, sandboxed, without Node and with web security', async ({ launchDesktop }) => {
  const desktop = await launchDesktop()
  await libraryWindow(desktop)
  const preferences = await desktop.evaluateMain(({ BrowserWindow }) => {
    const last = (BrowserWindow.getAllWindows()[0]!.webContents as WithLastPreferences).getLastWebPreferences()
    return last && {
      contextIsolation: last.contextIsolation,
      sandbox: last.sandbox,
      nodeIntegration: last.nodeIntegration,
      nodeIntegrationInWorker: last.nodeIntegrationInWorker,
      webSecurity: last.webSecurity,
      allowRunningInsecureContent: last.allowRunningInsecureContent,
      webviewTag: last.webviewTag
    }
  }, null)
  expect(preferences).toEqual({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false
  })
})
