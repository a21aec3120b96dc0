import { randomInt } from 'node:crypto'

/** A repeatable source of random choices: the same seed gives the same sequence. */
export interface Random {
  /** A float in [0, 1). */
  next: () => number
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number
  pick: <T>(items: readonly T[]) => T
  bytes: (length: number) => Uint8Array
}

/** mulberry32: tiny, fast and good enough to spread test cases; not for anything secret. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new Error('Nothing to pick from.')
      return items[int(0, items.length - 1)]!
    },
    bytes: (length) => Uint8Array.from({ length }, () => int(0, 255))
  }
}

/** The seed of a randomized test: PARALLAX_TEST_SEED to repeat a failure, else a fresh one (print it). */
export function testSeed(): number {
  const given = process.env.PARALLAX_TEST_SEED
  return given === undefined ? randomInt(2 ** 31) : Number(given)
}
