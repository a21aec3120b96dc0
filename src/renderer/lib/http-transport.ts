import { callPath, sessionOfPath, TOKEN_HEADER } from '../../shared/contract/http'
import { encodeCall } from '../../shared/contract/body-codec'
import { callNames } from '../../shared/contract/names'
import type { RawApi } from '../../shared/contract/calls'
import type { Result } from '../../shared/errors'

const KEEPALIVE_LIMIT = 60_000

/** Browser mode's transport: each call is a POST to /api/NAME carrying the token. */
export function httpTransport(): RawApi {
  // The page is served only under its session's path, so the token is in the address it was opened at.
  const token = sessionOfPath(window.location.pathname)?.token ?? ''
  const entries = callNames.map((name) => [
    name,
    async (input: unknown): Promise<Result<unknown>> => {
      const { type, body } = encodeCall(input)
      const response = await fetch(callPath(name), {
        method: 'POST',
        headers: { 'Content-Type': type, [TOKEN_HEADER]: token },
        body,
        // A keepalive request outlives the page, so a note saved as the tab closes still arrives (browsers cap it at 64 KB).
        keepalive: typeof body === 'string' && body.length < KEEPALIVE_LIMIT
      })
      if (response.headers.get('content-type')?.startsWith('application/json')) return (await response.json()) as Result<unknown>
      return { ok: false, error: { code: 'forbidden', message: await response.text() } }
    }
  ])
  return Object.fromEntries(entries) as RawApi
}
