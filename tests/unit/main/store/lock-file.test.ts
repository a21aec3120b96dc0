import { execFile, spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { lockDataFolder } from '../../../../src/main/store/lock-file'
import { LOCK_FILE, machineFolder } from '../../../../src/main/store/machine-folder'
import type { LockHolder } from '../../../../src/main/store/lock-holder'
import { inMachineFolder } from '../../../helpers/machine-path'
import { tempDir } from '../../../helpers/temp-dir'

const ROOT = resolve(import.meta.dirname, '..', '..', '..', '..')
const TEN_YEARS_DAYS = 3650
const FAST = { refreshMs: 50 }

const children: { kill: () => void }[] = []
afterEach(() => children.splice(0).forEach((child) => child.kill()))

/** This machine's lock in the data folder at `dir`. */
function lockPath(dir: string): string {
  return inMachineFolder(dir, LOCK_FILE)
}

async function heldBy(dir: string, holder: LockHolder, path = lockPath(dir)): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, JSON.stringify(holder))
}

async function lockOn(dir: string): Promise<LockHolder> {
  return JSON.parse(await readFile(lockPath(dir), 'utf8')) as LockHolder
}

/** A real process that runs until the test ends it. */
async function liveProcess() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' })
  children.push(child)
  await once(child, 'spawn')
  return child
}

/** A real Parallax lock holder in another process (tests/helpers/lock-holder-process.ts), once it holds the lock. */
async function holderProcess(dir: string, refreshMs = 2000, clockOffsetDays = 0) {
  const script = join(ROOT, 'tests', 'helpers', 'lock-holder-process.ts')
  const child = spawn(process.execPath, ['--import', 'tsx', script, dir, String(refreshMs), String(clockOffsetDays)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit']
  })
  children.push(child)
  const [output] = (await once(child.stdout, 'data')) as [Buffer]
  expect(output.toString()).toBe('locked\n')
  return child
}

/** A real process that rewrites `holder`'s lock with the next heartbeat every `holder.refreshMs`, as a holder elsewhere does. */
async function heartbeatProcess(dir: string, holder: LockHolder) {
  const path = lockPath(dir)
  const beat = `const fs = require('node:fs'); const holder = ${JSON.stringify(holder)};
    setInterval(() => { holder.heartbeat++; fs.writeFileSync(${JSON.stringify(path)} + '.next', JSON.stringify(holder)); fs.renameSync(${JSON.stringify(path)} + '.next', ${JSON.stringify(path)}) }, holder.refreshMs)`
  await heldBy(dir, holder)
  const child = spawn(process.execPath, ['-e', beat], { stdio: 'ignore' })
  children.push(child)
  await expect.poll(async () => (await lockOn(dir)).heartbeat).toBeGreaterThan(holder.heartbeat ?? 0)
  return child
}

function elsewhere(startedAt = new Date().toISOString()): LockHolder {
  return { pid: 4242, hostname: 'laptop-elsewhere', startedAt, instance: 'b1f0c2de-0000-4000-8000-000000000000', refreshMs: 50, heartbeat: 0 }
}

const inUseHere = (pid: number) => `This data folder is in use by another Parallax (process ${pid}). Close it, or choose another folder with --data-dir.`

describe('the data folder lock', () => {
  it('is taken in a free folder, names this process and its start as the system keeps it, and goes on release', async () => {
    const dir = await tempDir()
    const lock = await lockDataFolder(dir)
    const stat = await readFile(`/proc/${process.pid}/stat`, 'utf8')
    const bootId = (await readFile('/proc/sys/kernel/random/boot_id', 'utf8')).trim()
    expect(await lockOn(dir)).toEqual({
      pid: process.pid,
      hostname: hostname(),
      startedAt: lock.holder.startedAt,
      instance: expect.stringMatching(/^[0-9a-f-]{36}$/),
      // Field 22 of /proc/PID/stat; the command name (field 2) holds no space here.
      processStart: `${bootId} ${stat.split(' ')[21]}`,
      refreshMs: 2000,
      heartbeat: 0
    })
    await lock.release()
    expect(await readdir(inMachineFolder(dir))).toEqual([])
  })

  it('is refreshed with the next heartbeat while held', async () => {
    const dir = await tempDir()
    const lock = await lockDataFolder(dir, FAST)
    await expect.poll(async () => (await lockOn(dir)).heartbeat).toBeGreaterThanOrEqual(2)
    expect(await lockOn(dir)).toEqual({ ...lock.holder, heartbeat: expect.any(Number) })
    await lock.release()
    expect(await readdir(inMachineFolder(dir))).toEqual([])
  })

  it('is refused, with a plain message and no file touched, while a Parallax in another process holds it', async () => {
    const dir = await tempDir()
    const child = await holderProcess(dir, 60_000)
    const held = await lockOn(dir)
    await expect(lockDataFolder(dir)).rejects.toThrow(inUseHere(child.pid!))
    expect(await readdir(inMachineFolder(dir))).toEqual([LOCK_FILE])
    expect(await lockOn(dir)).toEqual(held)
  })

  it('is refused a second time in the same process', async () => {
    const dir = await tempDir()
    await lockDataFolder(dir)
    await expect(lockDataFolder(dir)).rejects.toThrow(inUseHere(process.pid))
  })

  it('is taken over from a Parallax killed with -9', async () => {
    const dir = await tempDir()
    const child = await holderProcess(dir)
    child.kill('SIGKILL')
    await once(child, 'exit')
    expect((await lockOn(dir)).pid).toBe(child.pid)
    const lock = await lockDataFolder(dir)
    expect((await lockOn(dir)).instance).toBe(lock.holder.instance)
    await lock.release()
  })

  it('is taken over from a Parallax killed with -9 whose process number another program has been given', async () => {
    const dir = await tempDir()
    const child = await holderProcess(dir)
    child.kill('SIGKILL')
    await once(child, 'exit')
    // The system cannot be made to hand out a number again; another program running under the dead holder's number is
    // what the lock then names.
    const other = await liveProcess()
    await heldBy(dir, { ...(await lockOn(dir)), pid: other.pid! })
    const lock = await lockDataFolder(dir)
    expect((await lockOn(dir)).instance).toBe(lock.holder.instance)
    await lock.release()
  })

  it('is never taken over from a live Parallax whose clock is ten years behind', async () => {
    const dir = await tempDir()
    const child = await holderProcess(dir, 50, -TEN_YEARS_DAYS)
    const held = await lockOn(dir)
    expect(new Date().getFullYear() - new Date(held.startedAt).getFullYear()).toBeGreaterThanOrEqual(9)
    await expect(lockDataFolder(dir)).rejects.toThrow(inUseHere(child.pid!))
    expect((await lockOn(dir)).instance).toBe(held.instance)
  })

  it('is taken over when a crash left it empty', async () => {
    const dir = await tempDir()
    await mkdir(inMachineFolder(dir), { recursive: true })
    await writeFile(lockPath(dir), '')
    await expect(lockDataFolder(dir, FAST)).resolves.toMatchObject({ holder: { pid: process.pid } })
  })

  it('is kept from another computer while its heartbeat changes, whatever the times in it say', async () => {
    const dir = await tempDir()
    await heartbeatProcess(dir, elsewhere(new Date(Date.now() - TEN_YEARS_DAYS * 86_400_000).toISOString()))
    await expect(lockDataFolder(dir)).rejects.toThrow(
      `This data folder is in use by Parallax on laptop-elsewhere (process 4242). Close it there, choose another folder with --data-dir, or delete ${lockPath(dir)} if it is not running.`
    )
  })

  it('is taken over from another computer once its heartbeat has stood still for three of its refreshes, timed here', async () => {
    const dir = await tempDir()
    const child = await heartbeatProcess(dir, elsewhere())
    child.kill('SIGKILL')
    await once(child, 'exit')
    const started = performance.now()
    const lock = await lockDataFolder(dir)
    expect(performance.now() - started).toBeGreaterThanOrEqual(3 * 50)
    expect((await lockOn(dir)).instance).toBe(lock.holder.instance)
  })

  it('stops refreshing, and leaves the lock alone, once another process has taken it over', async () => {
    const dir = await tempDir()
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const lock = await lockDataFolder(dir, FAST)
    const successor = { ...lock.holder, pid: 4343, instance: 'c2a1d3ef-0000-4000-8000-000000000000' }
    // A refresh under way as the successor writes can put this lock back once; the successor then writes it again.
    const takeOver = async () => (error.mock.calls.length === 0 && (await heldBy(dir, successor)), error.mock.calls)
    await expect.poll(takeOver).toEqual([[`Parallax no longer holds ${lockPath(dir)}: another process (4343) took it over.`]])
    await lock.release()
    lock.releaseSync()
    expect(await lockOn(dir)).toEqual(successor)
    error.mockRestore()
  })
})

describe('a lock written by an older Parallax', () => {
  const older = (pid: number, startedAt = new Date().toISOString()) => ({ pid, hostname: hostname(), startedAt })

  it('is refused while its process runs, even if its clock was ten years behind', async () => {
    const dir = await tempDir()
    const other = await liveProcess()
    await heldBy(dir, older(other.pid!, new Date(Date.now() - TEN_YEARS_DAYS * 86_400_000).toISOString()))
    await expect(lockDataFolder(dir)).rejects.toThrow(inUseHere(other.pid!))
  })

  it('is taken over once its process has ended', async () => {
    const dir = await tempDir()
    const other = await liveProcess()
    other.kill('SIGKILL')
    await once(other, 'exit')
    await heldBy(dir, older(other.pid!))
    await expect(lockDataFolder(dir)).resolves.toMatchObject({ holder: { pid: process.pid } })
  })

  it('is taken over when last written before the machine started, even if that process number runs again', async () => {
    const dir = await tempDir()
    await heldBy(dir, older(process.pid))
    await utimes(lockPath(dir), new Date('2000-01-01'), new Date('2000-01-01'))
    await expect(lockDataFolder(dir)).resolves.toMatchObject({ holder: { pid: process.pid } })
  })

  it('counts as running from another machine, which it does not refresh, and says how to free the folder', async () => {
    const dir = await tempDir()
    await heldBy(dir, { pid: 4242, hostname: 'laptop-elsewhere', startedAt: new Date().toISOString() })
    await expect(lockDataFolder(dir)).rejects.toThrow(
      `This data folder is in use by Parallax on laptop-elsewhere (process 4242). Close it there, choose another folder with --data-dir, or delete ${lockPath(dir)} if it is not running.`
    )
  })
})

describe('the data folder lock on several machines', () => {
  it('is each machine’s own, so Parallax on two machines sharing one folder through a sync tool both start', async () => {
    const dir = await tempDir()
    const here = await lockDataFolder(dir, FAST)
    const there = await lockDataFolder(dir, { ...FAST, machine: machineFolder(dir, 'other-machine') })
    expect([here.path, there.path]).toEqual([lockPath(dir), join(dir, 'machines', 'other-machine', LOCK_FILE)])
    expect(await readdir(dir)).toEqual(['machines'])
    await Promise.all([here.release(), there.release()])
  })

  it('is refused while an older Parallax holds the old lock at the top of the folder, and taken once that one is stale', async () => {
    const dir = await tempDir()
    const other = await liveProcess()
    const oldLock = join(dir, LOCK_FILE)
    await heldBy(dir, { pid: other.pid!, hostname: hostname(), startedAt: new Date().toISOString() }, oldLock)
    await expect(lockDataFolder(dir)).rejects.toThrow(inUseHere(other.pid!))
    expect(await readdir(inMachineFolder(dir))).toEqual([])
    other.kill('SIGKILL')
    await once(other, 'exit')
    const lock = await lockDataFolder(dir)
    expect(await readdir(dir)).toEqual(['machines'])
    expect((await lockOn(dir)).instance).toBe(lock.holder.instance)
    await lock.release()
  })
})

describe('browser mode on a folder in use', () => {
  it('says so in one sentence and exits without touching the folder', async () => {
    const dir = await tempDir()
    const child = await holderProcess(dir, 60_000)
    const held = await lockOn(dir)
    const serve = [join(ROOT, 'src', 'main', 'serve.ts'), '--no-open', '--data-dir', dir]
    const failure = await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'tsx'), serve).catch((error: { code: number; stderr: string }) => error)
    expect(failure).toMatchObject({ code: 1, stderr: `${inUseHere(child.pid!)}\n` })
    expect(await readdir(inMachineFolder(dir))).toEqual([LOCK_FILE])
    expect(await lockOn(dir)).toEqual(held)
  })
})
