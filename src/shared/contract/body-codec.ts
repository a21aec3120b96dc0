import { z } from 'zod/mini'
import { headerLine, partsOf } from '../framed-bytes'

/**
 * How a call's argument travels over HTTP, both halves: `encodeCall` in the page, `decodeCall` in the back end. Without
 * bytes in it, it is JSON. With bytes (the files of an import), one line of JSON, `{"input": …, "lengths": […]}`, is
 * followed by the bytes themselves, back to back: in `input`, each Blob or Uint8Array is replaced by `{"$bytes": n}`,
 * the nth part after the line, `lengths[n]` bytes long.
 *
 * The bytes are never read by the page: the browser sends a Blob body straight from the files. As base64 in JSON they
 * were read, encoded and copied in the page, a third larger. The page loads this file, so its schemas are written
 * with zod/mini, the form of zod that the bundler can cut down to what is used.
 */
export const JSON_BODY = 'application/json'
export const BODY_WITH_BYTES = 'application/vnd.parallax.call-with-bytes'

const MB = 1024 * 1024
/** The largest import size limit Settings accepts, in MB. */
export const MAX_IMPORT_LIMIT_MB = 2048
/**
 * The largest body browser mode's server reads for a call of each kind. A call with bytes may hold one file at the
 * largest import limit (a file over 8 MB goes in a batch of its own) and its header line, so any file the user's
 * limit lets in can be sent, and one over it is named by the import, not refused as a request.
 */
export const MAX_BODY = { [JSON_BODY]: 64 * MB, [BODY_WITH_BYTES]: (MAX_IMPORT_LIMIT_MB + 16) * MB } as const

/** A call's argument as an HTTP body, and its content type. */
export function encodeCall(input: unknown): { type: string; body: string | Blob } {
  const parts: (Blob | Uint8Array<ArrayBuffer>)[] = []
  const json = JSON.stringify(input ?? {}, (_key, value: unknown) => {
    if (!(value instanceof Blob || value instanceof Uint8Array)) return value
    // Bytes read from a file or encoded from text sit in an ArrayBuffer, never in memory shared between threads.
    parts.push(value as Blob | Uint8Array<ArrayBuffer>)
    return { $bytes: parts.length - 1 }
  })
  if (parts.length === 0) return { type: JSON_BODY, body: json }
  // The header line: the input, holding its placeholders, and the length of each part.
  const header = `{"input":${json},"lengths":${JSON.stringify(parts.map((part) => (part instanceof Blob ? part.size : part.byteLength)))}}\n`
  return { type: BODY_WITH_BYTES, body: new Blob([header, ...parts]) }
}

const Header = z.strictObject({ input: z.unknown(), lengths: z.array(z.int().check(z.nonnegative())) })
const Placeholder = z.strictObject({ $bytes: z.int().check(z.nonnegative()) })

/** The argument a body of `type` carries; throws a message for the sender when it is not a well-formed one. */
export function decodeCall(type: string, body: Uint8Array): unknown {
  if (type === JSON_BODY) return body.byteLength === 0 ? {} : JSON.parse(new TextDecoder().decode(body))
  const { header, rest } = headerLine(body)
  const parsed = Header.safeParse(header)
  if (!parsed.success) throw new Error('The request does not start with a valid header line.')
  const { input, lengths } = parsed.data
  const parts = partsOf(rest, lengths)
  if (parts.length !== lengths.length || lengths.reduce((sum, length) => sum + length, 0) !== rest.byteLength) {
    throw new Error('The request is not as long as its header says.')
  }
  return withBytes(input, parts)
}

/** Deeper than any call's argument: a header nested further is refused rather than walked. */
const MAX_DEPTH = 32

/** `value` with each `{"$bytes": n}` replaced by the nth part. */
function withBytes(value: unknown, parts: Uint8Array[], depth = 0): unknown {
  if (depth > MAX_DEPTH) throw new Error('The request is nested deeper than any call.')
  if (Array.isArray(value)) return value.map((item) => withBytes(item, parts, depth + 1))
  if (typeof value !== 'object' || value === null) return value
  const placeholder = Placeholder.safeParse(value)
  if (placeholder.success) {
    const part = parts[placeholder.data.$bytes]
    if (!part) throw new Error('The request names bytes it does not carry.')
    return part
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withBytes(item, parts, depth + 1)]))
}
