import { DEFAULT_CATEGORIES } from '../../shared/categories'

/** A step from `version - 1` to `version`. Steps are numbered, applied in order, and never edited once released. */
export interface Migration {
  version: number
  up: (data: Record<string, unknown>) => Record<string, unknown>
}

/** The catalog's migrations. Version 1 gives an unversioned file (or nothing at all) its first shape. */
export const catalogMigrations: Migration[] = [
  {
    version: 1,
    up: (data) => ({
      seeded: false,
      documents: {},
      settings: { theme: 'system' },
      ...data
    })
  },
  {
    version: 2,
    up: (data) => ({
      ...data,
      categories: DEFAULT_CATEGORIES,
      documents: Object.fromEntries(
        Object.entries(data.documents as Record<string, Record<string, unknown>>).map(([id, doc]) => [id, { tags: [], ...doc }])
      )
    })
  },
  {
    version: 3,
    up: (data) => ({ ...data, settings: { importLimitMb: 50, ...(data.settings as Record<string, unknown>) } })
  },
  {
    // The outlets the user has named, merged or split; every other outlet follows its documents' registrable domain.
    version: 4,
    up: (data) => ({ ...data, outlets: [] })
  }
]

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
