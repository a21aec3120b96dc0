import { errorMessage } from '../lib/error-message'

/**
 * The answer to the latest of requests that can overtake each other, as a view's filters change while one is on its
 * way: only the latest is shown, or why it failed (the answer before it staying meanwhile).
 */
export class LatestAnswer<T> {
  value = $state.raw<T | null>(null)
  problem = $state('')
  #latest = 0

  async ask(request: () => Promise<T>): Promise<void> {
    const asked = ++this.#latest
    try {
      const value = await request()
      if (asked !== this.#latest) return
      this.value = value
      this.problem = ''
    } catch (error) {
      if (asked === this.#latest) this.problem = errorMessage(error)
    }
  }

  /** Drops any answer on its way and shows `problem`: the request cannot be made as it stands. */
  refuse(problem: string): void {
    this.#latest += 1
    this.problem = problem
  }
}
