import { join } from 'node:path'
import { buildIfNeeded } from './build-if-needed.mjs'
import { checkoutRoot } from './checkout-root.mjs'
import { runToExit } from './run-child.mjs'

/** `node scripts/run-built.mjs ENTRY [args]`: builds if needed, then runs out/main/ENTRY.js with the args. */
const [entry, ...args] = process.argv.slice(2)
buildIfNeeded()
runToExit(process.execPath, [join(checkoutRoot, 'out', 'main', `${entry}.js`), ...args])
