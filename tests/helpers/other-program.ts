import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createInterface } from 'node:readline'

/**
 * Another program rewriting the file at `path` in place, as editors and some sync tools do: truncated, then `text` in
 * four chunks 300 ms apart (the pattern of issue 15, item 6). Resolves once `chunks` of them are written, with the
 * promise of its exit.
 */
export async function otherProgramWritesSlowly(path: string, text: string, chunks = 1): Promise<{ done: Promise<unknown> }> {
  const script = `const fs = require('node:fs'); const [path, text] = process.argv.slice(1); const fd = fs.openSync(path, 'w')
    const size = Math.ceil(text.length / 4); let i = 0
    const next = () => { fs.writeSync(fd, text.slice(i * size, (i + 1) * size)); console.log(++i)
      if (i < 4) setTimeout(next, 300); else fs.closeSync(fd) }
    next()`
  const child = spawn(process.execPath, ['-e', script, path, text], { stdio: ['ignore', 'pipe', 'inherit'] })
  const done = once(child, 'exit')
  for await (const line of createInterface({ input: child.stdout })) if (Number(line) === chunks) break
  return { done }
}
