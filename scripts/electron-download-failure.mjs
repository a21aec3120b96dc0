import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { checkoutRoot } from './checkout-root.mjs'

// A failed download is not tried again at every start for a day: where it cannot work, each try only costs time.
const RETRY_AFTER_MS = 24 * 60 * 60_000
const failureFile = join(checkoutRoot, 'node_modules', '.cache', 'parallax', 'electron-download.json')

/** The last failed download, `{ at, reason }` (an ISO time and a sentence), if it was less than a day ago; else null. */
export function recentDownloadFailure() {
  try {
    const failure = JSON.parse(readFileSync(failureFile, 'utf8'))
    return Date.now() - Date.parse(failure.at) < RETRY_AFTER_MS ? failure : null
  } catch {
    return null
  }
}

export function rememberDownloadFailure(reason) {
  mkdirSync(dirname(failureFile), { recursive: true })
  writeFileSync(failureFile, `${JSON.stringify({ at: new Date().toISOString(), reason }, null, 2)}\n`)
}

export function forgetDownloadFailure() {
  rmSync(failureFile, { force: true })
}
