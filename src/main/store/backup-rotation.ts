/** How many snapshots the backups keep: the newest `recent` ones, and the newest of each of the last `days` days. */
export interface RotationPolicy {
  recent: number
  days: number
}

export const DEFAULT_ROTATION: RotationPolicy = { recent: 5, days: 7 }

const DAY_MS = 24 * 60 * 60 * 1000

/** The snapshot times to keep under `policy` at `now`; days are UTC days. */
export function snapshotsToKeep(times: readonly Date[], now: Date, policy: RotationPolicy): Set<number> {
  const newestFirst = [...times].sort((a, b) => b.getTime() - a.getTime())
  const keep = new Set(newestFirst.slice(0, Math.max(1, policy.recent)).map((time) => time.getTime()))
  const days = new Set<string>()
  for (const time of newestFirst) {
    if (now.getTime() - time.getTime() >= policy.days * DAY_MS) break
    const day = time.toISOString().slice(0, 10)
    if (days.has(day)) continue
    days.add(day)
    keep.add(time.getTime())
  }
  return keep
}

/** A snapshot's folder name: its time in ISO form with the characters Windows forbids in names replaced. */
export function folderNameOf(time: Date): string {
  return time.toISOString().replace(/[:.]/g, '-')
}

const FOLDER_NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/

/** The time a snapshot folder was named after, or null for a name that is not a snapshot's. */
export function timeOfFolder(name: string): Date | null {
  const match = FOLDER_NAME.exec(name)
  if (!match) return null
  const [, day, hours, minutes, seconds, millis] = match
  const time = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`)
  return Number.isNaN(time.getTime()) ? null : time
}
