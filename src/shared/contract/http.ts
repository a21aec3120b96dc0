import type { CallName } from './names'

/**
 * Browser mode's addresses, for its server and the renderer's transport. The page and its assets live under a path
 * that holds the session token, `/session/TOKEN/`, and every call carries the token in a header: nothing rides in a
 * cookie, which browsers send to every port of 127.0.0.1, so no other local site can receive a credential.
 */
export const TOKEN_HEADER = 'x-parallax-token'
const API_PREFIX = '/api/'
const SESSION_PREFIX = '/session/'

/** Where a call is POSTed. */
export function callPath(name: CallName): string {
  return `${API_PREFIX}${name}`
}

/** The call name a path asks for (not checked against the contract: the dispatch does that), or null for a path that is not a call's. */
export function callNameOfPath(pathname: string): string | null {
  return pathname.startsWith(API_PREFIX) ? pathname.slice(API_PREFIX.length) : null
}

/** Where the page of the session with this token is served. */
export function sessionPath(token: string): string {
  return `${SESSION_PREFIX}${token}/`
}

/**
 * The token and the rest of a page path under `/session/TOKEN/` ("/" for the page itself), or null when the path is
 * not under a session. `rest` is null for `/session/TOKEN` without its slash, whose relative assets would miss.
 */
export function sessionOfPath(pathname: string): { token: string; rest: string | null } | null {
  if (!pathname.startsWith(SESSION_PREFIX)) return null
  const after = pathname.slice(SESSION_PREFIX.length)
  const slash = after.indexOf('/')
  if (slash === -1) return after === '' ? null : { token: after, rest: null }
  return slash === 0 ? null : { token: after.slice(0, slash), rest: after.slice(slash) }
}
