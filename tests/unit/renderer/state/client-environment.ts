import type { Environment } from 'vitest/environments'

/**
 * Node, but with modules transformed for the browser: the Svelte plugin then compiles .svelte.ts files for the client,
 * where $derived and $effect run, rather than for server rendering.
 */
export default {
  name: 'svelte-client',
  viteEnvironment: 'client',
  setup: () => ({ teardown: () => undefined })
} satisfies Environment
