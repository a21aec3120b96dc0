import { setImmediate as nextTurn } from 'node:timers/promises'

/** Work done between two turns of the event loop in long work on a thread that answers calls. */
const SLICE_MS = 12

/**
 * For long work on a thread that answers calls: the function returned, awaited between its steps, lets the calls
 * waiting in once `SLICE_MS` of work has gone by since they last were.
 */
export function timeSlices(): () => Promise<void> {
  let slice = performance.now()
  return async () => {
    if (performance.now() - slice <= SLICE_MS) return
    await nextTurn()
    slice = performance.now()
  }
}
