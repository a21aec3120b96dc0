import { ApiError } from './api-client'

/** What to tell the user about a failed call: the back end's own sentence, or that it could not be reached. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message
  return 'Parallax could not reach its back end. If you are in browser mode, check that `npm run serve` is still running.'
}
