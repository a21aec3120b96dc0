import { connect } from 'node:net'
import { networkInterfaces } from 'node:os'
import { describe, expect, it } from 'vitest'
import type { BrowserModeServer } from '../../../../src/main/server/http-server'
import { sendRaw as send, startTestServer as start } from '../../../helpers/browser-mode-server'

/** A call with everything right, then `change` applied: the header set that browser mode answers. */
function call(s: BrowserModeServer, change: Record<string, string | null> = {}, path = '/api/listDocuments', method = 'POST') {
  const headers: Record<string, string | null> = { host: `127.0.0.1:${s.port}`, 'content-type': 'application/json', 'x-parallax-token': s.token, ...change }
  const sent = Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== null))
  return send(s.port, path, sent, method, '{}')
}

/** Resolves whether a TCP connection to `host`:`port` is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

describe('browser mode refuses', () => {
  it('connections on any address but 127.0.0.1', async () => {
    const s = await start()
    expect(await accepts('127.0.0.1', s.port)).toBe(true)
    expect(await accepts('::1', s.port)).toBe(false)
    const outside = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address && !address.internal)
      .map((address) => address!.address)
    for (const address of outside) expect(await accepts(address, s.port), address).toBe(false)
  })

  it('a call with the token missing, wrong, in the cookie only or in the address only', async () => {
    const s = await start()
    expect((await call(s)).status).toBe(200)
    expect((await call(s, { 'x-parallax-token': null })).status).toBe(401)
    expect((await call(s, { 'x-parallax-token': s.token.slice(0, -1) })).status).toBe(401)
    expect((await call(s, { 'x-parallax-token': `${s.token}x` })).status).toBe(401)
    expect((await call(s, { 'x-parallax-token': null, cookie: `parallax-token=${s.token}` })).status).toBe(401)
    expect((await call(s, { 'x-parallax-token': null }, `/api/listDocuments?token=${s.token}`)).status).toBe(401)
  })

  it.each(['evil.example', '127.0.0.1', 'localhost.evil.example:PORT', '127.0.0.1.evil.example:PORT', 'evil.example:PORT', '[::1]:PORT', '0.0.0.0:PORT'])(
    'a foreign Host, as DNS rebinding sends: %s',
    async (host) => {
      const s = await start()
      const reply = await call(s, { host: host.replace('PORT', String(s.port)) })
      expect(reply.status).toBe(403)
      expect(reply.body).not.toContain(s.token)
    }
  )

  it.each(['null', 'https://evil.example', 'http://127.0.0.1', 'http://127.0.0.1:PORT.evil.example', 'https://127.0.0.1:PORT', 'http://localhost:OTHER'])(
    'a foreign Origin: %s',
    async (origin) => {
      const s = await start()
      const reply = await call(s, { origin: origin.replace('PORT', String(s.port)).replace('OTHER', String(s.port + 1)) })
      expect(reply.status).toBe(403)
    }
  )

  it('a cross-site or same-site request, whatever it carries, and a form post', async () => {
    const s = await start()
    expect((await call(s, { 'sec-fetch-site': 'cross-site' })).status).toBe(403)
    expect((await call(s, { 'sec-fetch-site': 'same-site' })).status).toBe(403)
    expect((await call(s, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site', 'x-parallax-token': null, cookie: `parallax-token=${s.token}` })).status).toBe(403)
    // What a cross-site <form> can send without a preflight: text/plain, no custom header.
    expect((await call(s, { 'content-type': 'text/plain', 'x-parallax-token': null, cookie: `parallax-token=${s.token}` })).status).toBe(401)
    expect((await call(s, { 'content-type': 'text/plain' })).status).toBe(415)
    expect((await call(s, { origin: 'https://evil.example' }, '/api/listDocuments', 'OPTIONS')).status).toBe(403)
  })

  it.each([
    '/%252e%252e/secret.html',
    '/%c0%ae%c0%ae/secret.html',
    '//secret.html',
    '/assets/../../secret.html',
    '/assets/%2e%2e/%2e%2e/secret.html',
    '/..%5c..%5csecret.html',
    '/index.html%00.js'
  ])('path traversal in a static URL: %s', async (path) => {
    const s = await start()
    const reply = await send(s.port, `/session/${s.token}${path}`, { host: `127.0.0.1:${s.port}` }, 'GET')
    // 404, or 401 where the URL's own ".." resolution takes the path out of the session.
    expect([401, 404]).toContain(reply.status)
    expect(reply.body).not.toContain('outside the renderer')
  })
})
