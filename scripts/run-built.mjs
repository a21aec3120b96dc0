import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { buildIfNeeded } from './build-if-needed.mjs'

/** `node scripts/run-built.mjs ENTRY [args]`: builds if needed, then runs out/main/ENTRY.js with the args. */
const [entry, ...args] = process.argv.slice(2)
buildIfNeeded()
const child = spawn(process.execPath, [join(new URL('..', import.meta.url).pathname, 'out', 'main', `${entry}.js`), ...args], {
  stdio: 'inherit'
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
