import { ApiError, UnreachableError } from './api-client'

const UNREACHABLE = 'Parallax could not reach its back end. If you are in browser mode, check that `npm run serve` is still running.'

/**
 * What to tell the user about a failure: the back end's own sentence, that it could not be reached, or, for a fault in
 * this window's own code, what it was; only the first is the back end's refusal, so only it is worded as one.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message
  if (error instanceof UnreachableError) return UNREACHABLE
  const detail = error instanceof Error ? error.message : String(error)
  return `Something went wrong in this window (${detail}). What was saved before is on disk; reload the window if this repeats.`
}
