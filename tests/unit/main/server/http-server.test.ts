import { connect } from 'node:net'
import { describe, expect, it, vi } from 'vitest'
import type { BrowserModeServer } from '../../../../src/main/server/http-server'
import { BODY_WITH_BYTES, encodeCall } from '../../../../src/shared/contract/body-codec'
import { sendRaw as send, startTestServer as start } from '../../../helpers/browser-mode-server'

function call(s: BrowserModeServer, name: string, extra: Record<string, string> = {}, body: string | Uint8Array = '{}') {
  const headers = { host: `127.0.0.1:${s.port}`, 'content-type': 'application/json', 'x-parallax-token': s.token, ...extra }
  return send(s.port, `/api/${name}`, headers, 'POST', body)
}

describe('browser mode server', () => {
  it('prints an address on 127.0.0.1 that carries the token', async () => {
    const s = await start()
    expect(s.url).toBe(`http://127.0.0.1:${s.port}/session/${s.token}/`)
    expect(s.token.length).toBeGreaterThanOrEqual(32)
  })

  it('answers a call that carries the token', async () => {
    const s = await start()
    const reply = await call(s, 'listDocuments')
    expect(reply.status).toBe(200)
    expect((JSON.parse(reply.body) as { value: unknown[] }).value).toHaveLength(5)
  })

  it('refuses a call without the token, or with a wrong one', async () => {
    const s = await start()
    expect((await call(s, 'listDocuments', { 'x-parallax-token': '' })).status).toBe(401)
    expect((await call(s, 'listDocuments', { 'x-parallax-token': 'x'.repeat(s.token.length) })).status).toBe(401)
  })

  it('refuses a foreign Host, as DNS rebinding would send', async () => {
    const s = await start()
    expect((await call(s, 'listDocuments', { host: `evil.example:${s.port}` })).status).toBe(403)
  })

  it('refuses a foreign Origin and a cross-site fetch', async () => {
    const s = await start()
    expect((await call(s, 'listDocuments', { origin: 'https://evil.example' })).status).toBe(403)
    expect((await call(s, 'listDocuments', { origin: `http://127.0.0.1:${s.port + 1}` })).status).toBe(403)
    expect((await call(s, 'listDocuments', { 'sec-fetch-site': 'cross-site' })).status).toBe(403)
    expect((await call(s, 'listDocuments', { origin: `http://127.0.0.1:${s.port}`, 'sec-fetch-site': 'same-origin' })).status).toBe(200)
  })

  it('refuses a body that is not JSON with a clean error', async () => {
    const s = await start()
    const reply = await call(s, 'listDocuments', {}, '{not json')
    expect(reply.status).toBe(400)
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'invalid-argument', message: 'The request is not valid JSON.' } })
  })

  it('serves the page and its assets under the session path only, and sets no cookie', async () => {
    const s = await start()
    const host = { host: `127.0.0.1:${s.port}` }
    expect((await send(s.port, '/', host)).status).toBe(401)
    expect((await send(s.port, `/?token=${s.token}`, host)).status).toBe(401)
    expect((await send(s.port, '/assets/app.js', host)).status).toBe(401)
    expect((await send(s.port, `/session/${'x'.repeat(s.token.length)}/`, host)).status).toBe(401)
    const page = await send(s.port, `/session/${s.token}/`, host)
    expect(page.status).toBe(200)
    expect(page.body).toContain('<title>Parallax</title>')
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
    expect(page.headers['set-cookie']).toBeUndefined()
    const asset = await send(s.port, `/session/${s.token}/assets/app.js`, host)
    expect(asset.status).toBe(200)
    expect(asset.body).toBe('console.log(1)')
    expect(asset.headers['set-cookie']).toBeUndefined()
    // Without its slash the page's relative assets would miss: it is sent to the address with one.
    const bare = await send(s.port, `/session/${s.token}`, host)
    expect(bare.status).toBe(308)
    expect(bare.headers.location).toBe(`/session/${s.token}/`)
  })

  it.each(['/../secret.html', '/assets/..%2f..%2fsecret.html', '/%2e%2e/secret.html', '/assets/%00.js', '/..\\secret.html'])(
    'serves nothing outside the renderer folder for %s',
    async (path) => {
      const s = await start()
      const reply = await send(s.port, `/session/${s.token}${path}`, { host: `127.0.0.1:${s.port}` })
      // 404, or 401 where the URL's own ".." resolution takes the path out of the session.
      expect([401, 404]).toContain(reply.status)
      expect(reply.body).not.toContain('outside the renderer')
    }
  )
})

describe('a request cut off by the page', () => {
  it('is dropped without logging anything', async () => {
    const s = await start()
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const socket = connect(s.port, '127.0.0.1')
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()))
      socket.write(`POST /api/importFiles HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nContent-Type: ${BODY_WITH_BYTES}\r\n`)
      socket.write(`X-Parallax-Token: ${s.token}\r\nContent-Length: 1000000\r\n\r\n{"input":{},"lengths":[999000]}\n`)
      await new Promise((resolve) => setTimeout(resolve, 100))
      socket.destroy()
      // The server has seen the cut once it answers the next request.
      await new Promise((resolve) => setTimeout(resolve, 100))
      expect((await call(s, 'listDocuments')).status).toBe(200)
      expect(logged).not.toHaveBeenCalled()
    } finally {
      logged.mockRestore()
    }
  })
})

describe('calls carrying bytes', () => {
  const withBytes = (s: BrowserModeServer, body: string | Uint8Array) => call(s, 'importFiles', { 'content-type': BODY_WITH_BYTES }, body)

  it('imports files sent as they are, after a header line', async () => {
    const s = await start()
    const text = 'A headline for the bytes test\n\nAnd a body with “curly quotes”.'
    const { type, body } = encodeCall({ files: [{ name: 'sent.txt', size: 10, bytes: new Blob([text]) }] })
    expect(type).toBe(BODY_WITH_BYTES)
    const reply = await withBytes(s, new Uint8Array(await (body as Blob).arrayBuffer()))
    expect(reply.status).toBe(200)
    const { value } = JSON.parse(reply.body) as { value: { added: { id: string; sourceName: string }[] } }
    expect(value.added.map((doc) => doc.sourceName)).toEqual(['sent.txt'])
    const opened = await call(s, 'openDocument', {}, JSON.stringify({ id: value.added[0]!.id }))
    expect((JSON.parse(opened.body) as { value: { text: string } }).value.text).toBe(text)
  })

  it('takes a file over 64 MB when the import limit lets it in, and the import names one over the limit', async () => {
    const s = await start()
    expect((await call(s, 'updateSettings', {}, JSON.stringify({ importLimitMb: 100 }))).status).toBe(200)
    const big = new Uint8Array(70 * 1024 * 1024).fill(0x61)
    big.set(new TextEncoder().encode('A seventy megabyte text\n\n'))
    const { body } = encodeCall({ files: [{ name: 'big.txt', size: big.length, bytes: new Blob([big]) }, { name: 'huge.txt', size: 150 * 1024 * 1024, bytes: null }] })
    const reply = await withBytes(s, new Uint8Array(await (body as Blob).arrayBuffer()))
    expect(reply.status).toBe(200)
    const { value } = JSON.parse(reply.body) as { value: { added: { sourceName: string }[]; rejected: { name: string; message: string }[] } }
    expect(value.added.map((doc) => doc.sourceName)).toEqual(['big.txt'])
    expect(value.rejected).toEqual([{ name: 'huge.txt', reason: 'too-large', message: 'This file is larger than the 100 MB limit (150 MB).' }])
  }, 60_000)

  it.each([
    ['no header line', 'abc', 'The request does not start with a valid header line.'],
    ['a header that is not JSON', 'abc\nxyz', 'The request does not start with a valid header line.'],
    ['a header of another shape', '{"input":{},"lengths":"3"}\nabc', 'The request does not start with a valid header line.'],
    ['fewer bytes than the header says', '{"input":{},"lengths":[5]}\nabc', 'The request is not as long as its header says.'],
    ['more bytes than the header says', '{"input":{},"lengths":[1]}\nabc', 'The request is not as long as its header says.'],
    [
      'a part it does not carry',
      '{"input":{"files":[{"name":"a.txt","size":1,"bytes":{"$bytes":1}}]},"lengths":[1]}\na',
      'The request names bytes it does not carry.'
    ],
    ['a header nested 100,000 deep', `{"input":${'['.repeat(100_000)}${']'.repeat(100_000)},"lengths":[]}\n`, 'The request is nested deeper than any call.']
  ])('refuses a body with %s, cleanly', async (_label, body, message) => {
    const s = await start()
    const reply = await withBytes(s, body)
    expect(reply.status).toBe(400)
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'invalid-argument', message } })
  })

  it('refuses bytes where the contract wants something else', async () => {
    const s = await start()
    const reply = await withBytes(s, '{"input":{"files":[{"name":{"$bytes":0},"size":1,"bytes":null}]},"lengths":[1]}\na')
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    expect(JSON.parse((await call(s, 'listDocuments')).body).value).toHaveLength(5)
  })
})
