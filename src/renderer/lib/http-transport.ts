import { callPath, sessionOfPath, TOKEN_HEADER } from '../../shared/contract/http'
import { encodeCall } from '../../shared/contract/body-codec'
import { callNames } from '../../shared/contract/names'
import type { RawApi } from '../../shared/contract/calls'
import type { Result } from '../../shared/errors'
import { yieldToPage } from './page-turns'

const KEEPALIVE_LIMIT = 60_000
/** How long the page's thread reads an answer before it lets the page draw and respond. */
const READ_SLICE_MS = 8
/** The most bytes decoded at once: a body that has fully arrived comes as chunks of megabytes, each 40 ms to decode. */
const DECODE_PIECE = 256 * 1024
/** An answer this long (in UTF-16 units) takes the page several milliseconds to parse. */
const LARGE_ANSWER = 1_000_000

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
      if (response.headers.get('content-type')?.startsWith('application/json')) return (await parseInSlices(response)) as Result<unknown>
      return { ok: false, error: { code: 'forbidden', message: await response.text() } }
    }
  ])
  return Object.fromEntries(entries) as RawApi
}

/**
 * Reads and parses an answer a few milliseconds at a time, letting the page draw and respond between. `response.json()`
 * read a large answer (a 10 MB text) in one task of over 100 ms, and iterating a body that has fully arrived resolves
 * every chunk in one run of microtasks: either froze the reader. A large answer is parsed in a task of its own, and
 * what the page makes of it runs in the next.
 */
async function parseInSlices(response: Response): Promise<unknown> {
  if (!response.body) return null
  const decoder = new TextDecoder()
  const parts: string[] = []
  let sliceStart = performance.now()
  for await (const chunk of response.body) {
    for (let at = 0; at < chunk.length; at += DECODE_PIECE) {
      parts.push(decoder.decode(chunk.subarray(at, at + DECODE_PIECE), { stream: true }))
      if (performance.now() - sliceStart > READ_SLICE_MS) {
        await yieldToPage()
        sliceStart = performance.now()
      }
    }
  }
  parts.push(decoder.decode())
  const text = parts.join('')
  if (text.length < LARGE_ANSWER) return JSON.parse(text)
  await yieldToPage()
  const value: unknown = JSON.parse(text)
  await yieldToPage()
  return value
}
