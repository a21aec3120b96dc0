import { defineConfig } from 'vitest/config'

/** `npm run test:sync`: two real Syncthings on 127.0.0.1, kept out of `npm test`'s unit run. */
export default defineConfig({
  test: {
    include: ['tests/sync/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false
  }
})
