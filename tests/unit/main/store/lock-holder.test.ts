import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { hostname } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import { holderState, type LockHolder } from '../../../../src/main/store/lock-holder'
import { processStart } from '../../../../src/main/store/process-start'

const children: { kill: () => void }[] = []
afterEach(() => children.splice(0).forEach((child) => child.kill()))

async function liveProcess() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' })
  children.push(child)
  await once(child, 'spawn')
  return child
}

const INSTANCE = 'a0d1e2f3-0000-4000-8000-000000000000'
const now = Date.now()
const TEN_YEARS_AGO = new Date(now - 3650 * 86_400_000).toISOString()

function lockOf(pid: number, start: string | undefined, fields: Partial<LockHolder> = {}): LockHolder {
  return { pid, hostname: hostname(), startedAt: TEN_YEARS_AGO, instance: INSTANCE, processStart: start, refreshMs: 2000, heartbeat: 0, ...fields }
}

describe('whether a lock holder on this computer still runs', () => {
  it('is running when the process with its number started when the lock says, however far off its clock was', () => {
    expect(holderState(lockOf(process.pid, processStart(process.pid)), now)).toBe('running')
  })

  it('has ended when a process runs under its number but started at another time: the number was given again', async () => {
    const earlier = await liveProcess()
    const startOfAnother = processStart(earlier.pid!)
    expect(startOfAnother).toBeDefined()
    expect(startOfAnother).not.toBe(processStart(process.pid))
    expect(holderState(lockOf(process.pid, startOfAnother), now)).toBe('ended')
  })

  it('has ended when no process has its number', async () => {
    const gone = await liveProcess()
    const start = processStart(gone.pid!)
    gone.kill('SIGKILL')
    await once(gone, 'exit')
    expect(holderState(lockOf(gone.pid!, start), now)).toBe('ended')
  })

  it('is left to its heartbeat when it runs and names no start time, as on Windows', () => {
    expect(holderState(lockOf(process.pid, undefined), now)).toBe('unknown')
  })

  it('is left to its heartbeat when it runs on another computer', () => {
    expect(holderState(lockOf(4242, 'elsewhere 1', { hostname: 'laptop-elsewhere' }), now)).toBe('unknown')
  })
})

describe('whether the holder of a lock from an older Parallax still runs', () => {
  const older = (pid: number, host = hostname()): LockHolder => ({ pid, hostname: host, startedAt: TEN_YEARS_AGO })

  it('is running while its process runs and the lock was written since the machine started, whatever time it wrote', () => {
    expect(holderState(older(process.pid), now)).toBe('running')
  })

  it('has ended when the lock was last written before the machine started', () => {
    expect(holderState(older(process.pid), Date.parse('2000-01-01'))).toBe('ended')
  })

  it('is counted as running on another computer, since it does not refresh its lock', () => {
    expect(holderState(older(4242, 'laptop-elsewhere'), now)).toBe('running')
  })
})
