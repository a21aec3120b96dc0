import { callNames, type CallName } from '../../shared/contract/names'
import type { Api, RawApi } from '../../shared/contract/calls'
import type { ErrorData } from '../../shared/errors'

/** An error from the back end, with a message written for the user. */
export class ApiError extends Error {
  readonly code: ErrorData['code']

  constructor(error: ErrorData) {
    super(error.message)
    this.name = 'ApiError'
    this.code = error.code
  }
}

/** Turns a transport that returns results as data into an API that resolves with values and throws ApiError. */
export function unwrap(raw: RawApi): Api {
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
