import { readFileSync } from 'node:fs'
import { chromium, type Browser } from '@playwright/test'
import { BrowserModeApp } from '../tests/e2e/browser-mode-app'

export interface ColdStart {
  milliseconds: number
  rssMegabytes: number
}

/** Debian's Chromium, as the end-to-end tests run it: `npx playwright install` cannot download a browser here. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
}

/** A process's resident memory, in megabytes. */
export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN)
  return kilobytes / 1024
}

/** From starting the server process to the library grid showing its first rows in Chromium. */
export async function coldStart(browser: Browser, dataDir: string): Promise<ColdStart> {
  const page = await browser.newPage()
  const started = performance.now()
  // The browser is sent to the address as soon as it is printed, as `npm run serve` opens it, while the library loads.
  const app = await BrowserModeApp.launch(dataDir, { awaitServices: false })
  await page.goto(app.url)
  await page.getByRole('grid', { name: 'Documents' }).getByRole('row').nth(1).waitFor()
  const milliseconds = performance.now() - started
  const rssMegabytes = rssOf(app.pid!)
  await page.close()
  await app.stop()
  return { milliseconds, rssMegabytes }
}
