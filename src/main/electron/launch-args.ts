import { parseArgs } from 'node:util'

export interface LaunchArgs {
  /** `--data-dir DIR`, as given. */
  dataDir: string | undefined
  /** parallax:// links the app was asked to open. */
  links: string[]
}

/**
 * Reads the desktop app's own arguments from an Electron command line. Started as `electron APP_PATH ...`
 * (`process.defaultApp`, development) they follow the app's path; in a packaged app they follow the executable, as
 * they also do in the argv a second instance hands over. Chromium's own switches (Windows adds some to a second
 * instance's argv) are passed over.
 */
export function launchArgs(argv: readonly string[], defaultApp: boolean): LaunchArgs {
  const { values, positionals } = parseArgs({
    args: argv.slice(defaultApp ? 2 : 1),
    options: { 'data-dir': { type: 'string' } },
    strict: false,
    allowPositionals: true
  })
  const dataDir = values['data-dir']
  return {
    dataDir: typeof dataDir === 'string' && dataDir !== '' ? dataDir : undefined,
    links: positionals.filter((arg) => arg.startsWith('parallax://'))
  }
}
