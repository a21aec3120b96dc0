import type { z } from 'zod'
import type { JsonFormat } from './json-database'

/** A step from `version - 1` to `version`. Steps are numbered, applied in order, and never edited once released. */
export interface Migration {
  version: number
  up: (data: Record<string, unknown>) => Record<string, unknown>
}

export function latestVersion(migrations: Migration[]): number {
  return migrations.reduce((latest, step) => Math.max(latest, step.version), 0)
}

/** The format `data` says it is in; 0 for a file from before formats were numbered. */
export function versionOf(data: Record<string, unknown>): number {
  return typeof data.schemaVersion === 'number' ? data.schemaVersion : 0
}

/**
 * Brings `data` up to the newest version; reports whether anything changed so the caller knows to write. Data from a
 * newer version than `migrations` know is the caller's to refuse before.
 */
export function migrate(
  data: Record<string, unknown>,
  migrations: Migration[]
): { data: Record<string, unknown>; migrated: boolean } {
  const from = versionOf(data)
  const latest = latestVersion(migrations)
  let current = data
  for (const step of [...migrations].sort((a, b) => a.version - b.version)) {
    if (step.version <= from) continue
    current = { ...step.up(current), schemaVersion: step.version }
  }
  return { data: current, migrated: from !== latest }
}

/** What makes a kind of data file: its storage schema (never the call contract's), its migrations and its empty form. */
export interface VersionedKind<T> {
  /** What a file of the newest version holds; its checks say what a file must be to be read, not what a call may send. */
  schema: z.ZodType<T>
  migrations: Migration[]
  empty: () => T
  label: (relative: string) => string
}

/**
 * The one way a data file is read: its `schemaVersion` is looked at first, a file of a newer version is refused as it
 * is, an older one goes through the missing migrations, and what comes out must fit the storage schema.
 */
export function versionedFormat<T>(kind: VersionedKind<T>): JsonFormat<T> {
  const latest = latestVersion(kind.migrations)
  return {
    read: (raw) => {
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null
      const found = versionOf(raw as Record<string, unknown>)
      if (found > latest) return { newer: found }
      let migrated: ReturnType<typeof migrate>
      try {
        migrated = migrate(raw as Record<string, unknown>, kind.migrations)
      } catch {
        // A migration tripping over a malformed file.
        return null
      }
      const parsed = kind.schema.safeParse(migrated.data)
      return parsed.success ? { data: parsed.data, upgraded: migrated.migrated } : null
    },
    latest,
    empty: kind.empty,
    label: kind.label
  }
}
