import { defineConfig } from 'vitest/config'
import { svelte } from '@sveltejs/vite-plugin-svelte'

export default defineConfig({
  test: {
    testTimeout: 20_000,
    // One test file a core. Vitest's default leaves one core free, which on two cores runs the files one at a time;
    // most of them wait on the disk and on child processes, so both cores stay busy (unit run here: 293 s -> 186 s).
    maxWorkers: '100%',
    // One machine id for every test, so none makes or reads the one of the person running them.
    env: { PARALLAX_MACHINE_ID: 'test-machine' },
    projects: [
      {
        extends: true,
        test: { name: 'node', include: ['tests/unit/**/*.test.ts'], exclude: ['tests/unit/renderer/state/**', 'tests/unit/renderer/**/*.svelte.test.ts'] }
      },
      {
        // Renderer state is Svelte 5 runes in .svelte.ts files: compiled by the Svelte plugin for the browser (see the
        // environment) and run on Svelte's browser build, so that $derived and $effect behave as in the window.
        extends: true,
        plugins: [svelte()],
        resolve: { conditions: ['browser'] },
        test: {
          name: 'renderer state',
          include: ['tests/unit/renderer/state/**/*.test.ts', 'tests/unit/renderer/**/*.svelte.test.ts'],
          environment: './tests/unit/renderer/state/client-environment.ts'
        }
      }
    ]
  }
})
