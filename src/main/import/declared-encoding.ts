import sniffHtmlEncoding from 'html-encoding-sniffer'
import { labelToName } from 'whatwg-encoding'

/** The XML declaration, which must open the file (XML 1.0 §2.8); its EncodingDecl is one quoted name. */
const XML_DECLARATION = /^<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/
/** Browsers look for a `<meta charset>` in the first 1,024 bytes; an XML declaration is shorter still. */
const PRESCAN_BYTES = 1024

/**
 * The encoding the bytes declare for themselves, as the Encoding Standard names it: an XML declaration's `encoding`,
 * else an HTML `<meta charset>` (html-encoding-sniffer's prescan, the algorithm browsers run). Null when there is none,
 * or it names an encoding the standard does not know.
 */
export function declaredEncoding(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, PRESCAN_BYTES)
  const xml = XML_DECLARATION.exec(Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1'))
  if (xml) return labelToName(xml[1]!)
  return sniffHtmlEncoding(head, { defaultEncoding: '' }) || null
}
