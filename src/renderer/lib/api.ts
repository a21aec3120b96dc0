import { callNames, type Api, type CallName, type RawApi } from '../../shared/contract'
import type { ErrorData } from '../../shared/errors'
import { httpTransport } from './http-transport'

declare global {
  interface Window {
    /** Present in the desktop app, where the preload exposes the contract. */
    parallax?: { calls: RawApi }
  }
}

/** An error from the back end, with a message written for the user. */
export class ApiError extends Error {
  readonly code: ErrorData['code']

  constructor(error: ErrorData) {
    super(error.message)
    this.name = 'ApiError'
    this.code = error.code
  }
}

function unwrap(raw: RawApi): Api {
  const entries = callNames.map((name: CallName) => [
    name,
    async (input: unknown) => {
      const result = await (raw[name] as (input: unknown) => ReturnType<RawApi[CallName]>)(input)
      if (!result.ok) throw new ApiError(result.error)
      return result.value
    }
  ])
  return Object.fromEntries(entries) as Api
}

/** The renderer's one way to the back end: the preload in the desktop app, HTTP in browser mode. */
export const api: Api = unwrap(window.parallax?.calls ?? httpTransport())

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message
  return 'Parallax could not reach its back end. If you are in browser mode, check that `npm run serve` is still running.'
}
