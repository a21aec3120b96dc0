import { join } from 'node:path'
import { buildIfNeeded } from './build-if-needed.mjs'
import { runToExit } from './run-child.mjs'

/** `node scripts/run-built.mjs ENTRY [args]`: builds if needed, then runs out/main/ENTRY.js with the args. */
const [entry, ...args] = process.argv.slice(2)
buildIfNeeded()
runToExit(process.execPath, [join(new URL('..', import.meta.url).pathname, 'out', 'main', `${entry}.js`), ...args])
