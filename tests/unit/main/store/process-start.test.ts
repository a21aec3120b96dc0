import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { processStart, startTicks } from '../../../../src/main/store/process-start'

describe.runIf(process.platform === 'linux')('the start of a process on Linux', () => {
  it('is the boot id and the clock ticks from boot, the same each time it is read', async () => {
    const bootId = (await readFile('/proc/sys/kernel/random/boot_id', 'utf8')).trim()
    expect(processStart(process.pid)).toMatch(new RegExp(`^${bootId} \\d+$`))
    expect(processStart(process.pid)).toBe(processStart(process.pid))
  })

  it('is later for a process started later, and gone with the process', async () => {
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' })
    await once(child, 'spawn')
    const ticks = (pid: number) => Number(processStart(pid)?.split(' ')[1])
    expect(ticks(child.pid!)).toBeGreaterThan(ticks(process.pid))
    child.kill('SIGKILL')
    await once(child, 'exit')
    expect(processStart(child.pid!)).toBeUndefined()
  })

  it('is read from field 22 even when the command name holds spaces and brackets', () => {
    const stat = '4041 (my (odd) cmd) S 4037 4037 29237 0 -1 4194304 100 0 0 0 0 0 0 0 20 0 1 0 138813 3133440 378 18446744073709551615'
    expect(startTicks(stat)).toBe('138813')
  })
})

it('is not known on Windows, where the lock relies on its heartbeat', () => {
  expect(processStart(process.pid, 'win32')).toBeUndefined()
})
