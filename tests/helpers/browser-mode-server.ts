import { request } from 'node:http'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { openServices } from './test-services'
import { createDispatch } from '../../src/main/ipc/dispatch'
import { startBrowserModeServer, type BrowserModeServer } from '../../src/main/server/http-server'
import { SEEDS_DIR, tempDir } from './temp-dir'

const started: BrowserModeServer[] = []

afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()))
})

/**
 * Browser mode's real server on a fresh data folder, with a tiny renderer (a page and one asset) and a file beside
 * the renderer folder that must never be served; closed after the test.
 */
export async function startTestServer(): Promise<BrowserModeServer> {
  const root = await tempDir()
  const rendererDir = join(root, 'renderer')
  await mkdir(join(rendererDir, 'assets'), { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Parallax</title>')
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(root, 'secret.html'), 'outside the renderer')
  const services = await openServices({ dataDir: join(root, 'data'), seedsDir: SEEDS_DIR, version: 'test', transport: 'http' })
  const server = await startBrowserModeServer({ dispatch: createDispatch(services.handlers), rendererDir, port: 0 })
  started.push(server)
  return server
}

export interface Reply {
  status: number
  body: string
  headers: Record<string, string | string[] | undefined>
}

/** A raw HTTP request, so that Host, Origin and the path go out exactly as written. */
export function sendRaw(port: number, path: string, headers: Record<string, string>, method = 'GET', body?: string | Uint8Array): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers, setHost: false }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }))
    })
    req.on('error', reject)
    req.end(body)
  })
}
