import { encodeCall } from '../../shared/call-body'
import { callNames } from '../../shared/call-names'
import type { RawApi } from '../../shared/contract'
import type { Result } from '../../shared/errors'

const TOKEN_KEY = 'parallax-token'
const KEEPALIVE_LIMIT = 60_000

/** Takes the session token from the address the server printed, then drops it from the address bar. */
function sessionToken(): string {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    url.searchParams.delete('token')
    history.replaceState(null, '', url)
  }
  return fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? ''
}

/** Browser mode's transport: each call is a POST to /api/NAME carrying the token. */
export function httpTransport(): RawApi {
  const token = sessionToken()
  const entries = callNames.map((name) => [
    name,
    async (input: unknown): Promise<Result<unknown>> => {
      const { type, body } = encodeCall(input)
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': type, 'X-Parallax-Token': token },
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
