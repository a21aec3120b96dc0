import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { migrate, versionedFormat, type Migration } from '../../../../src/main/store/migrations'

describe('migrate', () => {
  const steps: Migration[] = [
    { version: 2, up: (data) => ({ ...data, b: 'from 1' }) },
    { version: 1, up: (data) => ({ ...data, a: 'from 0' }) },
    { version: 3, up: (data) => ({ ...data, c: `${String(data.b)} then 2` }) }
  ]

  it('applies the missing steps in order of their numbers', () => {
    expect(migrate({ schemaVersion: 1 }, steps)).toEqual({
      data: { schemaVersion: 3, b: 'from 1', c: 'from 1 then 2' },
      migrated: true
    })
  })

  it('does nothing to a file at the newest version', () => {
    const data = { schemaVersion: 3, x: 1 }
    expect(migrate(data, steps)).toEqual({ data, migrated: false })
  })
})

describe('a versioned format', () => {
  const format = versionedFormat({
    schema: z.object({ schemaVersion: z.number(), count: z.number() }),
    migrations: [
      { version: 1, up: (data) => ({ count: 0, ...data }) },
      { version: 2, up: (data) => ({ ...data, count: (data.count as number) + 1 }) }
    ],
    empty: () => ({ schemaVersion: 2, count: 0 }),
    label: () => 'The counter'
  })

  it('reads the newest version as it is, and an older one through the missing steps', () => {
    expect(format.latest).toBe(2)
    expect(format.read({ schemaVersion: 2, count: 5 })).toEqual({ data: { schemaVersion: 2, count: 5 }, upgraded: false })
    expect(format.read({ schemaVersion: 1, count: 5 })).toEqual({ data: { schemaVersion: 2, count: 6 }, upgraded: true })
    expect(format.read({})).toEqual({ data: { schemaVersion: 2, count: 1 }, upgraded: true })
  })

  it('gives the version of a file a newer Parallax wrote, whatever it holds', () => {
    expect(format.read({ schemaVersion: 3, shelves: [] })).toEqual({ newer: 3 })
  })

  it('reads nothing from what is not an object, what a step trips over, or what does not fit the schema', () => {
    for (const raw of [null, 7, 'text', [{ schemaVersion: 2, count: 1 }]]) expect(format.read(raw)).toBeNull()
    const tripping = versionedFormat({ ...format, schema: z.object({ schemaVersion: z.number() }), migrations: [{ version: 1, up: () => { throw new TypeError('no') } }] })
    expect(tripping.read({})).toBeNull()
    expect(format.read({ schemaVersion: 2, count: 'five' })).toBeNull()
  })
})
