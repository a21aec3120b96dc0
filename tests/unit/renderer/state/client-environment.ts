import type { Environment } from 'vitest/environments'

/**
 * Node, but with modules transformed for the browser: the Svelte plugin then compiles .svelte.ts files for the client,
 * where $derived and $effect run, rather than for server rendering. A page's frames come every 16 ms, so that code
 * which waits for a paint runs; tests that step through frames fake them with `vi.useFakeTimers`.
 */
export default {
  name: 'svelte-client',
  viteEnvironment: 'client',
  setup: () => {
    globalThis.requestAnimationFrame = (callback) => setTimeout(() => callback(performance.now()), 16) as unknown as number
    globalThis.cancelAnimationFrame = (frame) => clearTimeout(frame)
    return {
      teardown: () => {
        Reflect.deleteProperty(globalThis, 'requestAnimationFrame')
        Reflect.deleteProperty(globalThis, 'cancelAnimationFrame')
      }
    }
  }
} satisfies Environment
