/** What the trust check reads of Electron's `WebFrameMain`: its URL, its origin (RFC 6454, "null" when opaque) and its parent. */
export interface SenderFrame {
  readonly url: string
  readonly origin: string
  readonly parent: unknown
}

/**
 * Decides which frames the back end answers: only the top frame of a page loaded from `pageUrl` (app://parallax/ in
 * the desktop app, the dev server's address under `npm run dev`). Electron's security guide checks the sender's host
 * with a real URL parser; this checks the frame's own `origin` and its URL's scheme and host, so an about:blank child
 * (the parent's origin, an empty URL), a data: or file: page (origin "null"), an iframe or a null frame (one that has
 * navigated away or was destroyed) is refused. Node's `URL.origin` cannot be used for app://: it is "null" for any
 * scheme Node does not know, while Chromium gives a standard scheme registered as such the origin `app://parallax`.
 */
export function trustsFramesOf(pageUrl: string): (frame: SenderFrame | null | undefined) => boolean {
  const page = new URL(pageUrl)
  const pageOrigin = `${page.protocol}//${page.host}`
  return (frame) => {
    if (!frame || frame.parent !== null || frame.origin !== pageOrigin) return false
    const url = URL.parse(frame.url)
    return url !== null && url.protocol === page.protocol && url.host === page.host
  }
}
