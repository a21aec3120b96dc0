import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { join } from 'node:path'
import { build } from 'vite'
import { tempDir } from '../../../helpers/temp-dir'

/** When to kill a writer. */
export interface Kill {
  /** Acknowledged steps to wait for before killing. */
  killAfter: number
  /** Then this much longer, so the kill lands at different moments of a write. */
  delayMs: number
}

/**
 * Bundles a writer script, store code and all, into one plain JavaScript file: started with tsx, each of a hundred
 * writers would spend 0.3 s compiling TypeScript before its first step; bundled, it starts in a third of that.
 */
export async function bundleWriter(source: string): Promise<string> {
  const outDir = await tempDir()
  await build({
    configFile: false,
    logLevel: 'silent',
    build: { ssr: source, outDir, minify: false, target: 'node20', rolldownOptions: { output: { entryFileNames: 'writer.mjs' } } },
    ssr: { noExternal: true }
  })
  return join(outDir, 'writer.mjs')
}

/**
 * Runs a writer, which prints one JSON line per step (`{"kind": "ack", …}` once a step is on disk), and kills it with
 * SIGKILL after `kill.killAfter` acknowledgements, unless it finished first.
 */
export async function runWriter<Line extends { kind: string }>(writer: string, args: string[], kill: Kill): Promise<{ lines: Line[]; killed: boolean; stderr: string }> {
  const child = spawn(process.execPath, [writer, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  const lines: Line[] = []
  let buffered = ''
  let stderr = ''
  let acks = 0
  let killing = false
  const killSoon = () => {
    if (killing) return
    killing = true
    setTimeout(() => child.kill('SIGKILL'), kill.delayMs)
  }
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString()
    const complete = buffered.split('\n')
    // Only a line whose newline arrived counts: the writer prints a step once it is on disk.
    buffered = complete.pop()!
    for (const text of complete) {
      const line = JSON.parse(text) as Line
      lines.push(line)
      if (line.kind === 'ack') acks += 1
      if (acks >= kill.killAfter) killSoon()
    }
  })
  const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null]
  if (signal !== 'SIGKILL' && code !== 0) throw new Error(`The writer failed (exit ${code}): ${stderr}`)
  return { lines, killed: signal === 'SIGKILL', stderr }
}
