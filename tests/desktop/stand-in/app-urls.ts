/**
 * Chromium, outside Electron, cannot load a custom scheme such as app://, so the stand-in serves `S://HOST/PATH` to
 * the page as `https://HOST.S.stand-in/PATH` (routed by Playwright, never on the network: https, so the page is a
 * secure context as app:// is) and translates every URL and origin back before the main process sees it.
 */
const STAND_IN_HOST = /^https:\/\/([^/]+)\.([a-z][a-z0-9+.-]*)\.stand-in(?=\/|$)/

const WEB_SCHEMES = new Set(['http:', 'https:', 'data:', 'about:', 'file:', 'blob:', 'javascript:'])

/** The URL Chromium is sent to for a URL the main process loads. */
export function pageUrlOf(url: string): string {
  const parsed = URL.parse(url)
  if (!parsed || WEB_SCHEMES.has(parsed.protocol)) return url
  return `https://${parsed.host}.${parsed.protocol.slice(0, -1)}.stand-in${parsed.pathname}${parsed.search}${parsed.hash}`
}

/** The URL the main process is told of, for a URL Chromium has. */
export function appUrlOf(pageUrl: string): string {
  return pageUrl.replace(STAND_IN_HOST, (_match, host: string, scheme: string) => `${scheme}://${host}`)
}

/** True for the stand-in's own hosts, which the main process's protocol handlers answer. */
export function isAppPageUrl(pageUrl: string): boolean {
  return STAND_IN_HOST.test(pageUrl)
}
