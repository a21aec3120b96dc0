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

/** A call that got no answer: the back end is not running, or its answer could not be read. */
export class UnreachableError extends Error {
  constructor(cause: unknown) {
    super('The back end did not answer.', { cause })
    this.name = 'UnreachableError'
  }
}

/** Turns a transport that returns results as data into an API that resolves with values, throws ApiError for a
 * refusal and UnreachableError when no answer came. */
export function unwrap(raw: RawApi): Api {
  const entries = callNames.map((name: CallName) => [
    name,
    async (input: unknown) => {
      const call = raw[name] as (input: unknown) => ReturnType<RawApi[CallName]>
      const result = await call(input).catch((error: unknown) => Promise.reject(new UnreachableError(error)))
      if (!result.ok) throw new ApiError(result.error)
      return result.value
    }
  ])
  return Object.fromEntries(entries) as Api
}
