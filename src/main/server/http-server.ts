import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { callNameOfPath, sessionOfPath, sessionPath, TOKEN_HEADER } from '../../shared/contract/http'
import { BODY_WITH_BYTES, decodeCall, JSON_BODY, MAX_BODY } from '../../shared/contract/body-codec'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'
import type { Result } from '../../shared/errors'
import type { Dispatch } from '../ipc/dispatch'
import { readStaticFile } from '../static-files'
import { checkRequest } from './request-guard'

export interface BrowserModeServer {
  url: string
  port: number
  token: string
  close: () => Promise<void>
}

export interface ServerOptions {
  dispatch: Dispatch
  rendererDir: string
  /** 0 picks a free port. */
  port: number
}

/** Serves the renderer and the contract on 127.0.0.1 only, to requests that carry this session's token. */
export async function startBrowserModeServer(options: ServerOptions): Promise<BrowserModeServer> {
  const token = randomBytes(24).toString('base64url')
  const state = { port: options.port }
  const server = createServer((request, response) => {
    handle(request, response, { ...options, token, port: state.port }).catch((error: unknown) => {
      // A page that went away mid-request (a closed tab, a cancelled import) is no fault to log.
      if (request.destroyed || (error as NodeJS.ErrnoException).code === 'ECONNRESET') return
      console.error(error)
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error.')
    })
  })
  await listen(server, options.port)
  state.port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${state.port}${sessionPath(token)}`,
    port: state.port,
    token,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        // A browser tab keeps its connections open; no change is lost by cutting them, as only a finished write is acknowledged.
        server.closeAllConnections()
      })
  }
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  options: ServerOptions & { token: string; port: number }
): Promise<void> {
  // The request line names a path; against a base URL, a path such as "//x/y" would be read as host x and path /y.
  const target = request.url ?? '/'
  const url = new URL(target.startsWith('/') ? `http://127.0.0.1${target}` : 'http://127.0.0.1/')
  const call = callNameOfPath(url.pathname)
  const session = call === null ? sessionOfPath(url.pathname) : null
  const headerToken = request.headers[TOKEN_HEADER]
  const presented = call === null ? session?.token : typeof headerToken === 'string' ? headerToken : undefined
  const verdict = checkRequest(request.headers, presented, options)
  if (!verdict.allowed) {
    send(response, verdict.status, 'text/plain; charset=utf-8', verdict.reason)
    request.resume()
    return
  }
  if (call !== null) {
    await answerCall(request, response, call, options)
    return
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed.')
    return
  }
  if (!session || session.rest === null) {
    response.writeHead(308, { Location: sessionPath(options.token), 'Cache-Control': 'no-store' }).end()
    return
  }
  const file = await readStaticFile(options.rendererDir, session.rest)
  if (!file) {
    send(response, 404, 'text/plain; charset=utf-8', 'Not found.')
    return
  }
  send(response, 200, file.type, file.body)
}

async function answerCall(
  request: IncomingMessage,
  response: ServerResponse,
  name: string,
  options: ServerOptions
): Promise<void> {
  if (request.method !== 'POST') {
    sendResult(response, 405, { ok: false, error: { code: 'invalid-argument', message: 'Calls are made with POST.' } })
    return
  }
  const type = request.headers['content-type']?.split(';')[0]?.trim()
  if (type !== JSON_BODY && type !== BODY_WITH_BYTES) {
    request.resume()
    sendResult(response, 415, { ok: false, error: { code: 'invalid-argument', message: 'Calls are sent as JSON.' } })
    return
  }
  const body = await readBody(request, MAX_BODY[type])
  if (body === null) {
    sendResult(response, 413, { ok: false, error: { code: 'invalid-argument', message: 'The request is larger than Parallax reads in one call.' } })
    return
  }
  let input: unknown
  try {
    input = decodeCall(type, body)
  } catch (error) {
    const message = error instanceof SyntaxError ? 'The request is not valid JSON.' : (error as Error).message
    sendResult(response, 400, { ok: false, error: { code: 'invalid-argument', message } })
    return
  }
  sendResult(response, 200, await options.dispatch(name, input))
}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) chunks.push(chunk)
    })
    request.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks)))
    request.on('error', reject)
  })
}

function sendResult(response: ServerResponse, status: number, result: Result<unknown>): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(result))
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store'
  })
  response.end(body)
}
