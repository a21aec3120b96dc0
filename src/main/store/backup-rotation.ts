/** How many snapshots the backups keep: the newest `recent` ones, and the newest of each of the last `days` days. */
export interface RotationPolicy {
  recent: number
  days: number
}

export const DEFAULT_ROTATION: RotationPolicy = { recent: 5, days: 7 }

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * A snapshot folder. `order` places it among the others: always after the one before, even when the clock has gone
 * back. `clock` is what the clock said when it was taken, which decides its day and its age.
 */
export interface SnapshotName {
  name: string
  order: Date
  clock: Date
}

/**
 * The names of the snapshots to keep under `policy` at `now`: the newest `recent` in order, and the newest of each
 * UTC day of the clock in the last `days` days. A clock that jumped forward and back leaves some snapshots dated in
 * the future; they count as new, and the ones taken after still fall on days of their own.
 */
export function snapshotsToKeep(snapshots: readonly SnapshotName[], now: Date, policy: RotationPolicy): Set<string> {
  const newestFirst = [...snapshots].sort((a, b) => b.order.getTime() - a.order.getTime())
  const keep = new Set(newestFirst.slice(0, Math.max(1, policy.recent)).map((snapshot) => snapshot.name))
  const days = new Set<string>()
  for (const { name, clock } of newestFirst) {
    if (now.getTime() - clock.getTime() >= policy.days * DAY_MS) continue
    const day = clock.toISOString().slice(0, 10)
    if (days.has(day)) continue
    days.add(day)
    keep.add(name)
  }
  return keep
}

/** A snapshot's folder name: its time in ISO form with the characters Windows forbids in names replaced. */
export function folderNameOf(time: Date): string {
  return time.toISOString().replace(/[:.]/g, '-')
}

/** A snapshot's folder name: its order time, then the clock's time after `_` when the two differ. */
export function snapshotName(order: Date, clock: Date): string {
  return order.getTime() === clock.getTime() ? folderNameOf(order) : `${folderNameOf(order)}_${folderNameOf(clock)}`
}

const TIME = '(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z'
const SNAPSHOT_NAME = new RegExp(`^${TIME}(?:_${TIME})?$`)

function timeOf([day, hours, minutes, seconds, millis]: string[]): Date {
  return new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`)
}

/** What a snapshot folder's name says, or null for a name that is not a snapshot's. */
export function parseSnapshotName(name: string): SnapshotName | null {
  const match = SNAPSHOT_NAME.exec(name)
  if (!match) return null
  const order = timeOf(match.slice(1, 6))
  const clock = match[6] === undefined ? order : timeOf(match.slice(6, 11))
  return Number.isNaN(order.getTime()) || Number.isNaN(clock.getTime()) ? null : { name, order, clock }
}
