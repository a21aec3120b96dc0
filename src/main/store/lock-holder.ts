import { hostname, uptime } from 'node:os'
import { z } from 'zod'
import { processStart } from './process-start'

const holderSchema = z.object({
  pid: z.number().int().positive(),
  hostname: z.string(),
  /** When the holder took the lock, by its own clock: for a person reading the file and for an older Parallax, never judged by. */
  startedAt: z.string(),
  /** A random id for this hold. It and the fields after it are absent from a lock written by an older Parallax. */
  instance: z.string().optional(),
  /** `processStart` of the holder, absent where the system gives none. */
  processStart: z.string().optional(),
  /** How often the holder rewrites the lock with the next heartbeat. */
  refreshMs: z.number().int().positive().optional(),
  heartbeat: z.number().int().nonnegative().optional()
})

/** Who holds a data folder: what `parallax.lock` holds. */
export type LockHolder = z.infer<typeof holderSchema>

/** A lock file's holder, or null for one left empty or half-written, or not a lock at all. */
export function parseHolder(text: string): LockHolder | null {
  try {
    return holderSchema.parse(JSON.parse(text))
  } catch {
    return null
  }
}

/**
 * What a lock's holder is, judged by which process it names and never by the times it wrote, which its own clock kept:
 * 'running' and 'ended' are certain; 'unknown' (a holder on another computer, or where the system gives no start time)
 * is settled by watching its heartbeat. `lockWrittenAt` is the lock file's modification time, set by this machine.
 */
export function holderState(holder: LockHolder, lockWrittenAt: number): 'running' | 'ended' | 'unknown' {
  // An older Parallax on another computer does not refresh its lock, so it cannot be told from one that has ended.
  if (holder.hostname !== hostname()) return holder.instance ? 'unknown' : 'running'
  if (!isRunning(holder.pid)) return 'ended'
  const start = processStart(holder.pid)
  // The process number has been given to another process since: the holder has ended.
  if (holder.processStart && start) return start === holder.processStart ? 'running' : 'ended'
  if (holder.instance) return 'unknown'
  // An older Parallax names no start time; a lock it last wrote before this machine started is from a process gone.
  return lockWrittenAt < Date.now() - uptime() * 1000 ? 'ended' : 'running'
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
