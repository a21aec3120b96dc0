import { timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

export type Verdict = { allowed: true } | { allowed: false; status: 401 | 403; reason: string }

export interface GuardOptions {
  port: number
  token: string
}

/**
 * Decides whether a request may reach browser mode's server: it must be addressed to this server by name
 * (DNS rebinding sends a foreign Host), come from this origin or from no page at all, and carry the token.
 */
export function checkRequest(
  headers: IncomingHttpHeaders,
  presentedToken: string | undefined,
  { port, token }: GuardOptions
): Verdict {
  const ownHosts = [`127.0.0.1:${port}`, `localhost:${port}`]
  if (!headers.host || !ownHosts.includes(headers.host)) {
    return { allowed: false, status: 403, reason: 'This server answers only to 127.0.0.1.' }
  }
  if (headers.origin !== undefined && !ownHosts.some((host) => headers.origin === `http://${host}`)) {
    return { allowed: false, status: 403, reason: 'Requests from other sites are refused.' }
  }
  const site = headers['sec-fetch-site']
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { allowed: false, status: 403, reason: 'Requests from other sites are refused.' }
  }
  if (!presentedToken || !sameToken(presentedToken, token)) {
    return { allowed: false, status: 401, reason: 'Open Parallax with the address it printed, token included.' }
  }
  return { allowed: true }
}

function sameToken(presented: string, expected: string): boolean {
  const a = Buffer.from(presented)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
