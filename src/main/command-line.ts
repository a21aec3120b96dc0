import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { AppError } from '../shared/errors'
import { appPaths } from './app-paths'

/** A mistake in how a command was called: its message is followed by the usage. */
export class UsageError extends Error {}

/** The folders of the built app, for an entry built to out/main/ENTRY.js, two folders below the app's root. */
export function builtAppPaths(entryUrl: string) {
  return appPaths(join(dirname(fileURLToPath(entryUrl)), '..', '..'))
}

/** Ends a command-line entry with one readable sentence (and the usage where it helps), never a stack trace. */
export function exitWithMessage(error: unknown, usage: string, unexpectedPrefix: string): never {
  const code = (error as NodeJS.ErrnoException).code
  if (error instanceof UsageError) console.error(`${error.message}\n${usage}`)
  else if (code === 'EADDRINUSE') console.error('That port is already in use. Pick another with --port, or leave it out to use a free one.')
  else if (error instanceof AppError) console.error(error.message)
  else if (code?.startsWith('ERR_PARSE_ARGS')) console.error(`${(error as Error).message}\n${usage}`)
  else console.error(`${unexpectedPrefix}${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
