import { describe, expect, it } from 'vitest'
import { HybridClock, formatClock, parseClock } from '../../../src/shared/hybrid-clock'

/** A wall clock the test moves by hand. */
function wall(start: number): { now: () => number; set: (ms: number) => void } {
  let ms = start
  return { now: () => ms, set: (to) => (ms = to) }
}

describe('HybridClock', () => {
  it('writes the wall time, a counter and the machine so that the strings sort as the clocks do', () => {
    expect(formatClock({ wall: 1765432100000, counter: 7, machine: 'abc' })).toBe('1765432100000-000007-abc')
    expect(parseClock('1765432100000-000007-abc')).toEqual({ wall: 1765432100000, counter: 7, machine: 'abc' })
    expect(parseClock('not a clock')).toBeNull()
    // 999 ms sorts before 1,000 ms only because the wall time is padded.
    expect(formatClock({ wall: 999, counter: 0, machine: 'a' }) < formatClock({ wall: 1000, counter: 0, machine: 'a' })).toBe(true)
  })

  it('follows the wall clock as it moves on', () => {
    const time = wall(1765432100000)
    const clock = new HybridClock('a', time.now)
    expect(clock.tick()).toBe('1765432100000-000000-a')
    time.set(1765432100005)
    expect(clock.tick()).toBe('1765432100005-000000-a')
  })

  it('counts clocks made within one millisecond, as under a fixed test clock, so each is greater', () => {
    const clock = new HybridClock('a', () => 1765432100000)
    const clocks = Array.from({ length: 5 }, () => clock.tick())
    expect(clocks).toEqual(['1765432100000-000000-a', '1765432100000-000001-a', '1765432100000-000002-a', '1765432100000-000003-a', '1765432100000-000004-a'])
    expect([...clocks].sort()).toEqual(clocks)
  })

  it('moves past a clock from another machine that is ahead of ours', () => {
    const clock = new HybridClock('a', () => 1765432100000)
    clock.tick()
    clock.receive('1765432200000-000003-z')
    const next = clock.tick()
    expect(next).toBe('1765432200000-000004-a')
    expect(next > '1765432200000-000003-z').toBe(true)
    // A clock behind ours changes nothing.
    clock.receive('1765432000000-000009-z')
    expect(clock.tick()).toBe('1765432200000-000005-a')
  })

  it('is greater than a clock of the same moment and counter from a machine whose id sorts after ours', () => {
    const clock = new HybridClock('a', () => 1765432100000)
    clock.receive('1765432100000-000000-zz')
    expect(clock.tick() > '1765432100000-000000-zz').toBe(true)
  })

  it('keeps going up when the wall clock goes backwards', () => {
    const time = wall(1765432100000)
    const clock = new HybridClock('a', time.now)
    const before = clock.tick()
    time.set(1765432000000)
    const after = [clock.tick(), clock.tick()]
    expect(after).toEqual(['1765432100000-000001-a', '1765432100000-000002-a'])
    expect(before < after[0]!).toBe(true)
    time.set(1765432100001)
    expect(clock.tick()).toBe('1765432100001-000000-a')
  })
})
