/**
 * How a call's argument travels over HTTP. Without bytes in it, it is JSON. With bytes (the files of an import), one
 * line of JSON, `{"input": …, "lengths": […]}`, is followed by the bytes themselves, back to back: in `input`, each
 * Blob or Uint8Array is replaced by `{"$bytes": n}`, the nth part after the line, `lengths[n]` bytes long.
 *
 * The bytes are never read by the page: the browser sends a Blob body straight from the files. As base64 in JSON they
 * were read, encoded and copied in the page, a third larger. The back end reads such a body in `read-call-body.ts`.
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
