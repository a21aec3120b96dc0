import { execFile, spawn } from 'node:child_process'
import { once } from 'node:events'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { LOCK_FILE, lockDataFolder, thisProcess, type LockHolder } from '../../../../src/main/store/lock-file'
import { tempDir } from '../../../helpers/temp-dir'

const ROOT = resolve(import.meta.dirname, '..', '..', '..', '..')

async function heldBy(dir: string, holder: LockHolder): Promise<void> {
  await writeFile(join(dir, LOCK_FILE), JSON.stringify(holder))
}

/** A real process that runs until the test ends it. */
async function liveProcess() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' })
  await once(child, 'spawn')
  return child
}

describe('the data folder lock', () => {
  it('is taken in a free folder, holds who took it, and goes on release', async () => {
    const dir = await tempDir()
    const lock = await lockDataFolder(dir)
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'))).toEqual({
      pid: process.pid,
      hostname: hostname(),
      startedAt: lock.holder.startedAt
    })
    await lock.release()
    expect(await readdir(dir)).toEqual([])
  })

  it('is refused, with a plain message and no file touched, while another Parallax holds it', async () => {
    const dir = await tempDir()
    const child = await liveProcess()
    try {
      const other = { pid: child.pid!, hostname: hostname(), startedAt: new Date().toISOString() }
      await heldBy(dir, other)
      await expect(lockDataFolder(dir)).rejects.toThrow(
        `This data folder is in use by another Parallax (process ${child.pid}). Close it, or choose another folder with --data-dir.`
      )
      expect(await readdir(dir)).toEqual([LOCK_FILE])
      expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'))).toEqual(other)
    } finally {
      child.kill()
    }
  })

  it('is refused a second time in the same process', async () => {
    const dir = await tempDir()
    await lockDataFolder(dir)
    await expect(lockDataFolder(dir)).rejects.toThrow(`(process ${process.pid})`)
  })

  it('is taken over from a process that has ended', async () => {
    const dir = await tempDir()
    const child = await liveProcess()
    child.kill()
    await once(child, 'exit')
    await heldBy(dir, { pid: child.pid!, hostname: hostname(), startedAt: new Date().toISOString() })
    const lock = await lockDataFolder(dir)
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid)
    await lock.release()
  })

  it('is taken over from before the machine last started, even if that process number runs again', async () => {
    const dir = await tempDir()
    await heldBy(dir, { pid: process.pid, hostname: hostname(), startedAt: '2000-01-01T00:00:00.000Z' })
    await expect(lockDataFolder(dir)).resolves.toMatchObject({ holder: { pid: process.pid } })
  })

  it('is taken over when a crash left it empty', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, LOCK_FILE), '')
    await expect(lockDataFolder(dir)).resolves.toMatchObject({ holder: { pid: process.pid } })
  })

  it('counts a holder on another machine as running, and says how to free the folder', async () => {
    const dir = await tempDir()
    await heldBy(dir, { pid: 4242, hostname: 'laptop-elsewhere', startedAt: new Date().toISOString() })
    await expect(lockDataFolder(dir)).rejects.toThrow(
      `This data folder is in use by Parallax on laptop-elsewhere (process 4242). Close it there, choose another folder with --data-dir, or delete ${join(dir, LOCK_FILE)} if it is not running.`
    )
  })

  it('is released only by its holder', async () => {
    const dir = await tempDir()
    const lock = await lockDataFolder(dir, thisProcess(new Date('2025-03-01T10:00:00Z')))
    const successor = { ...thisProcess(), pid: process.pid + 1 }
    await heldBy(dir, successor)
    await lock.release()
    lock.releaseSync()
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8'))).toEqual(successor)
  })
})

describe('browser mode on a folder in use', () => {
  it('says so in one sentence and exits without touching the folder', async () => {
    const dir = await tempDir()
    const child = await liveProcess()
    try {
      await heldBy(dir, { pid: child.pid!, hostname: hostname(), startedAt: new Date().toISOString() })
      const serve = [join(ROOT, 'src', 'main', 'serve.ts'), '--no-open', '--data-dir', dir]
      const failure = await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'tsx'), serve).catch((error: { code: number; stderr: string }) => error)
      expect(failure).toMatchObject({
        code: 1,
        stderr: `This data folder is in use by another Parallax (process ${child.pid}). Close it, or choose another folder with --data-dir.\n`
      })
      expect(await readdir(dir)).toEqual([LOCK_FILE])
    } finally {
      child.kill()
    }
  })
})
