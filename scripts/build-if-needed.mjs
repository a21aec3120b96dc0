import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { checkoutRoot } from './checkout-root.mjs'

const inputs = ['src', 'electron.vite.config.ts', 'package.json']
const outputs = ['out/main/index.js', 'out/main/serve.js', 'out/main/cli.js', 'out/main/fingerprint-worker.js', 'out/main/search-worker.js', 'out/preload/index.cjs', 'out/renderer/index.html']

function newestMtime(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs)
}

/** Builds with electron-vite when a bundle is missing or older than the sources. */
export function buildIfNeeded() {
  const built = outputs.map((file) => join(checkoutRoot, file))
  const fresh =
    built.every((file) => existsSync(file)) &&
    Math.min(...built.map((file) => statSync(file).mtimeMs)) >= Math.max(...inputs.map((input) => newestMtime(join(checkoutRoot, input))))
  if (fresh) return
  console.error('Building Parallax…')
  execFileSync(process.execPath, [join(checkoutRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: checkoutRoot,
    stdio: ['ignore', 'ignore', 'inherit']
  })
}
