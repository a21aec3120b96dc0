/**
 * A hybrid logical clock (Kulkarni et al., 2014) written as a string that sorts as the clocks do: the wall time in
 * milliseconds, 13 digits; a counter, 6 digits, that orders what happens within one millisecond or while the wall clock
 * is behind; the id of the machine that made it, which breaks ties between machines. For example
 * `1765432100000-000000-a1b2c3`.
 */
const WALL_DIGITS = 13
const COUNTER_DIGITS = 6
const COUNTER_LIMIT = 10 ** COUNTER_DIGITS - 1
const CLOCK = /^(\d{13})-(\d{6})-(.+)$/

interface ClockParts {
  wall: number
  counter: number
  machine: string
}

export function formatClock({ wall, counter, machine }: ClockParts): string {
  return `${String(wall).padStart(WALL_DIGITS, '0')}-${String(counter).padStart(COUNTER_DIGITS, '0')}-${machine}`
}

/** The parts of `clock`, or null when it is not one. */
export function parseClock(clock: string): ClockParts | null {
  const match = CLOCK.exec(clock)
  return match ? { wall: Number(match[1]), counter: Number(match[2]), machine: match[3]! } : null
}

/** One machine's clock: each `tick` is greater than every clock it made or received before, whatever the wall clock does. */
export class HybridClock {
  readonly machine: string
  readonly #now: () => number
  #wall = 0
  #counter = 0

  constructor(machine: string, now: () => number) {
    this.machine = machine
    this.#now = now
  }

  /** A new clock, greater than every one made or received so far. */
  tick(): string {
    const now = this.#now()
    if (now > this.#wall) {
      this.#wall = now
      this.#counter = 0
    } else if (this.#counter < COUNTER_LIMIT) {
      this.#counter++
    } else {
      // A million clocks in one millisecond, or a wall clock stuck that long: the next millisecond keeps them in order.
      this.#wall++
      this.#counter = 0
    }
    return formatClock({ wall: this.#wall, counter: this.#counter, machine: this.machine })
  }

  /** Moves past `clock`, seen from this machine or another, so every later `tick` is greater than it. */
  receive(clock: string): void {
    const seen = parseClock(clock)
    if (seen === null) return
    if (seen.wall > this.#wall || (seen.wall === this.#wall && seen.counter > this.#counter)) {
      this.#wall = seen.wall
      this.#counter = seen.counter
    }
  }
}
