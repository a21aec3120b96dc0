import { defineConfig } from '@playwright/test'

// One machine id for the app under test and the specs, so none makes or reads the one of the person running them.
process.env.PARALLAX_MACHINE_ID = 'e2e-machine'

/** Debian's Chromium: `npx playwright install` cannot download a browser on these machines. */
const chromium = {
  executablePath: process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync'
  ]
}

export default defineConfig<{ shellKind: 'stand-in' | 'electron' }>({
  testDir: 'tests',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  use: {
    launchOptions: chromium,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure'
  },
  projects: [
    { name: 'browser', testDir: 'tests/e2e' },
    // The desktop specs, once on the stand-in for Electron (everywhere) and once on real Electron (where a binary exists).
    { name: 'desktop', testDir: 'tests/desktop', use: { shellKind: 'stand-in' } },
    { name: 'electron', testDir: 'tests/desktop', use: { shellKind: 'electron' } },
    { name: 'screenshots', testDir: 'tests/screenshots' },
    // Frame timings, run on their own after the other projects (`npm run test:e2e`), so no other test shares the CPU.
    { name: 'responsiveness', testDir: 'tests/responsiveness' }
  ]
})
