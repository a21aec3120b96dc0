import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { buildIfNeeded } from './build-if-needed.mjs'
import { electronBinary, electronInstallScript } from './electron-binary.mjs'
import { runToExit } from './run-child.mjs'

const root = new URL('..', import.meta.url).pathname
const args = process.argv.slice(2)

/** Runs Electron's own install step, which downloads the binary; true when the binary is there afterwards. */
function installElectron() {
  console.log('Electron is not installed yet: downloading it now (about 100 MB, once)…')
  const result = spawnSync(process.execPath, [electronInstallScript], {
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
    timeout: 10 * 60_000
  })
  if (result.status === 0 && electronBinary() !== null) return true
  const reason = /Error: (.+)/.exec(result.stderr ?? '')?.[1] ?? (result.error ? result.error.message : 'the download failed')
  console.log(`The download did not work (${reason.trim()}).`)
  return false
}

buildIfNeeded()
const binary = electronBinary() ?? (installElectron() ? electronBinary() : null)
if (binary) {
  runToExit(binary, [root, ...args])
} else {
  console.log(
    'Electron could not be downloaded on this machine, so Parallax opens in your browser instead (browser mode).\n' +
      'Everything works the same there; the address below carries a private token, so keep it to yourself.'
  )
  runToExit(process.execPath, [join(root, 'out', 'main', 'serve.js'), ...args])
}
