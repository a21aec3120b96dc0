import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json'
}

export interface StaticFile {
  body: Buffer
  type: string
}

/**
 * Reads the file a URL path names inside `root`, or returns null. A path that would leave `root`
 * (through `..`, an encoded separator or a NUL byte) names nothing.
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '')
  const full = normalize(join(root, relative))
  if (!full.startsWith(normalize(root) + sep)) return null
  const type = TYPES[extname(full).toLowerCase()]
  if (!type) return null
  try {
    return { body: await readFile(full), type }
  } catch {
    return null
  }
}
