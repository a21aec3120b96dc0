import { existsSync, readFileSync } from 'node:fs'
import { join, posix } from 'node:path'

/**
 * A relative module in Rolldown's output: `from "./x.js"` (import and re-export), `import("./x.js")`, or
 * `new URL("./x.js", import.meta.url)`, the script of a worker thread.
 */
const RELATIVE_IMPORT = /\bfrom\s*"(\.\.?\/[^"]+)"|\bimport\(\s*"(\.\.?\/[^"]+)"\s*\)|\bnew URL\(\s*"(\.\.?\/[^"]+)",\s*import\.meta\.url\s*\)/g

/**
 * out/main/index.js and every chunk it loads, statically, on first use or as a worker thread: the desktop app's main
 * process. The other entries beside it (serve.js for browser mode, cli.js for the command line) run under plain Node
 * from a checkout, which cannot read an app.asar, so an installer leaves them, and the chunks only they load, out.
 */
export function desktopMainModules(root: string, entry = 'out/main/index.js'): string[] {
  if (!existsSync(join(root, entry))) throw new Error(`${entry} is missing: build first (npm run dist does)`)
  const found = new Set<string>()
  const visit = (file: string): void => {
    if (found.has(file)) return
    found.add(file)
    const code = readFileSync(join(root, file), 'utf8')
    for (const match of code.matchAll(RELATIVE_IMPORT)) {
      if (inComment(code, match.index)) continue
      visit(posix.join(posix.dirname(file), match[1] ?? match[2] ?? match[3] ?? ''))
    }
  }
  visit(entry)
  return [...found].sort()
}

/**
 * Whether the code at `index` is on a comment line: bundled packages keep their JSDoc, whose types are written
 * `import("../interface/document.js")` (linkedom's), which names no module of the bundle.
 */
function inComment(code: string, index: number): boolean {
  const line = code.slice(code.lastIndexOf('\n', index) + 1, index).trimStart()
  return line.startsWith('*') || line.startsWith('//') || line.startsWith('/*')
}
