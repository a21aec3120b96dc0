import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { LOCK_FILE } from '../../../../src/main/store/machine-folder'
import type { LockHolder } from '../../../../src/main/store/lock-holder'
import { inMachineFolder } from '../../../helpers/machine-path'
import { tempDir } from '../../../helpers/temp-dir'

const ROOT = resolve(import.meta.dirname, '..', '..', '..', '..')
const NEXT_PID = '/proc/sys/kernel/ns_last_pid'

const running: number[] = []
afterEach(() => {
  for (const pid of running.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
})

async function lockOn(dir: string): Promise<LockHolder> {
  return JSON.parse(await readFile(inMachineFolder(dir, LOCK_FILE), 'utf8')) as LockHolder
}

/** Browser mode itself on `dir`, its command run by `wrapper` if given; resolves once it serves, rejects with what it said if it exits. */
async function startBrowserMode(dir: string, wrapper: string[] = []): Promise<ChildProcess> {
  const command = [...wrapper, process.execPath, '--import', 'tsx', join(ROOT, 'src', 'main', 'serve.ts'), '--no-open', '--data-dir', dir]
  const child = spawn(command[0]!, command.slice(1), { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  running.push(child.pid!)
  let said = ''
  child.stderr.on('data', (chunk: Buffer) => (said += chunk.toString()))
  await new Promise<void>((serving, failed) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('Parallax is running at') && serving())
    child.on('exit', () => failed(new Error(said.trim())))
  })
  running.push((await lockOn(dir)).pid)
  return child
}

/** Why this machine cannot have the next process number chosen, or null when it can (root on Linux). */
function cannotChoosePids(): string | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return `choosing the next process number needs root on Linux (${NEXT_PID})`
  try {
    writeFileSync(NEXT_PID, String(process.pid))
    return null
  } catch (error) {
    return `${NEXT_PID} cannot be written: ${(error as Error).message}`
  }
}

/** Another program, given process number `pid`, as the system would in time. Other processes starting meanwhile can take it first, so this tries again. */
async function programWithPid(pid: number): Promise<ChildProcess> {
  for (let attempt = 0; attempt < 100; attempt++) {
    writeFileSync(NEXT_PID, String(pid - 1))
    const child = spawn('sleep', ['60'], { stdio: 'ignore' })
    await once(child, 'spawn')
    running.push(child.pid!)
    if (child.pid === pid) return child
    child.kill('SIGKILL')
  }
  throw new Error(`Process number ${pid} was not handed out again in 100 tries.`)
}

describe('browser mode and a lock left behind or held under a wrong clock', () => {
  it('starts after a browser mode killed with -9, while another program runs under that process number', async (context) => {
    const skip = cannotChoosePids()
    if (skip) {
      console.log(`Skipped: ${skip}.`)
      context.skip()
    }
    const dir = await tempDir()
    const first = await startBrowserMode(dir)
    const killed = await lockOn(dir)
    expect(killed.pid).toBe(first.pid)
    first.kill('SIGKILL')
    await once(first, 'exit')
    const other = await programWithPid(killed.pid)
    expect(execFileSync('ps', ['-o', 'comm=', '-p', String(other.pid)]).toString().trim()).toBe('sleep')
    await startBrowserMode(dir)
    expect((await lockOn(dir)).pid).not.toBe(killed.pid)
  })

  it('keeps its folder from a second browser mode while its clock runs ten years behind', async (context) => {
    try {
      execFileSync('faketime', ['-f', '-3650d', 'true'])
    } catch {
      console.log('Skipped: faketime is not installed (apt-get install faketime).')
      context.skip()
    }
    const dir = await tempDir()
    await startBrowserMode(dir, ['faketime', '-f', '-3650d'])
    const held = await lockOn(dir)
    expect(new Date().getFullYear() - new Date(held.startedAt).getFullYear()).toBeGreaterThanOrEqual(9)
    await expect(startBrowserMode(dir)).rejects.toThrow(
      `This data folder is in use by another Parallax (process ${held.pid}). Close it, or choose another folder with --data-dir.`
    )
    expect((await lockOn(dir)).instance).toBe(held.instance)
  })
})
