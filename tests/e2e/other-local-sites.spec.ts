import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { test, expect, openLibrary } from './fixtures'

/** A small web app of some other program on another 127.0.0.1 port, which keeps every request's headers. */
async function otherLocalSite(): Promise<{ url: string; received: IncomingHttpHeaders[]; close: () => Promise<void> }> {
  const received: IncomingHttpHeaders[] = []
  const server = createServer((request, response) => {
    received.push(request.headers)
    response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>Another app</title><img src="/pixel.png">')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/`, received, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

test('another site on 127.0.0.1, opened in the same browser, receives nothing that opens the library', async ({ page, app }) => {
  await openLibrary(page, app)
  expect(await page.context().cookies()).toEqual([])

  const other = await otherLocalSite()
  try {
    await page.goto(other.url)
    await expect(page).toHaveTitle('Another app')
    await expect.poll(() => other.received.length).toBeGreaterThanOrEqual(2)
    for (const headers of other.received) {
      expect(headers.cookie).toBeUndefined()
      expect(JSON.stringify(headers)).not.toContain(app.token)
    }
  } finally {
    await other.close()
  }

  // Back at the address Parallax printed, the library opens again: the token lives in that address, nowhere else.
  await openLibrary(page, app)
})
