import { protocol } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'
import { readStaticFile } from '../static-files'

/** The page of the packaged renderer, served by `serveRenderer`. */
export const APP_PAGE_URL = 'app://parallax/index.html'

/** Must run before the app is ready: app:// behaves as a secure, standard origin (Chromium then gives it the origin app://parallax). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

/** Serves the built renderer from app://parallax/, never from file://. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url)
    const file = url.host === 'parallax' ? await readStaticFile(rendererDir, url.pathname) : null
    if (!file) return new Response('Not found', { status: 404 })
    return new Response(new Uint8Array(file.body), {
      headers: { 'Content-Type': file.type, 'Content-Security-Policy': CONTENT_SECURITY_POLICY }
    })
  })
}
