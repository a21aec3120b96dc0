import { join } from 'node:path'
import { buildIfNeeded } from './build-if-needed.mjs'
import { checkoutRoot } from './checkout-root.mjs'
import { electronBinary } from './electron-binary.mjs'
import { downloadElectron } from './electron-download.mjs'
import { forgetDownloadFailure, recentDownloadFailure, rememberDownloadFailure } from './electron-download-failure.mjs'
import { sandboxProblem } from './electron-sandbox.mjs'
import { exitCodeOf, runToExit, runWatchingStderr } from './run-child.mjs'

/**
 * `npm start [-- args]`: the desktop app on Electron, whose binary is downloaded on the first start (npm install does
 * not run Electron's own download step: see allowScripts in package.json). Where Electron cannot be had or cannot
 * start, it says why and opens browser mode (out/main/serve.js) with the same args. A failed download is not tried
 * again for 24 hours unless PARALLAX_RETRY_ELECTRON_DOWNLOAD is set.
 */
const args = process.argv.slice(2)
const RETRY_NOW = 'PARALLAX_RETRY_ELECTRON_DOWNLOAD=1 npm start'

/** The Electron executable, downloaded if need be, or null once it has said why there is none. */
async function electronOrNull() {
  const installed = electronBinary()
  if (installed) return installed
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    console.log('ELECTRON_SKIP_BINARY_DOWNLOAD is set, so the desktop app (Electron) is not downloaded; unset it to get the desktop app.')
    return null
  }
  const failure = process.env.PARALLAX_RETRY_ELECTRON_DOWNLOAD ? null : recentDownloadFailure()
  if (failure) {
    const when = new Date(failure.at).toLocaleString()
    console.log(`${failure.reason} at ${when}, so npm start waits a day before trying again; \`${RETRY_NOW}\` tries now.`)
    return null
  }
  try {
    await downloadElectron()
  } catch (error) {
    rememberDownloadFailure(error.message)
    console.log(`${error.message}. npm start tries again in a day, or now with \`${RETRY_NOW}\`.`)
    return null
  }
  forgetDownloadFailure()
  return electronBinary()
}

buildIfNeeded()
const binary = await electronOrNull()
if (binary) {
  const { code, signal, stderr } = await runWatchingStderr(binary, [checkoutRoot, ...args])
  const problem = sandboxProblem(stderr, binary)
  if (!problem) process.exit(exitCodeOf(code, signal))
  console.log(problem)
}
console.log(
  'Parallax opens in your browser instead (browser mode). Everything works the same there; the address below carries a\n' +
    'private token, so keep it to yourself.'
)
runToExit(process.execPath, [join(checkoutRoot, 'out', 'main', 'serve.js'), ...args])
