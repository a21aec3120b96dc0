import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

/**
 * When process `pid` started, as the operating system keeps it, or undefined where it cannot be read (no such process,
 * or Windows, where a lock relies on its heartbeat instead). Two processes given the same number never share it, so a
 * lock that names a process number and this value cannot be mistaken for one held by a later process with that number.
 * Linux: the boot id with field 22 of /proc/PID/stat (clock ticks from boot to the start), so a process from before a
 * restart never matches. macOS: `ps -o lstart`, the start time to the second as the kernel recorded it.
 */
export function processStart(pid: number, platform = process.platform): string | undefined {
  try {
    if (platform === 'linux') return `${bootId()} ${startTicks(readFileSync(`/proc/${pid}/stat`, 'utf8'))}`
    if (platform === 'darwin') {
      const env = { ...process.env, LC_ALL: 'C', TZ: 'UTC' }
      const started = execFileSync('ps', ['-o', 'lstart=', '-p', String(pid)], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'ignore'] })
      return started.trim() || undefined
    }
  } catch {
    // No such process, or one this user may not look at.
  }
  return undefined
}

function bootId(): string {
  return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()
}

/** Field 22 of a /proc/PID/stat line. Field 2, the command name in brackets, may itself hold spaces and brackets. */
export function startTicks(stat: string): string {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const ticks = fields[22 - 3]
  if (!ticks || !/^\d+$/.test(ticks)) throw new Error(`Not a /proc/PID/stat line: ${stat}`)
  return ticks
}
