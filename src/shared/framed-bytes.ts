/**
 * Bytes framed as Parallax frames them in a pack of texts and in an HTTP call carrying files: one line of JSON that
 * lists the lengths of the parts, then the parts, back to back.
 */
const NEWLINE = 0x0a

/** The first line of `bytes` read as JSON (null when there is no whole line or it is not JSON), and the bytes after it. */
export function headerLine(bytes: Uint8Array): { header: unknown; rest: Uint8Array } {
  const end = bytes.indexOf(NEWLINE)
  if (end < 0) return { header: null, rest: bytes.subarray(bytes.byteLength) }
  let header: unknown = null
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(0, end)))
  } catch {
    // Not JSON: no header.
  }
  return { header, rest: bytes.subarray(end + 1) }
}

/** `rest` cut into consecutive parts of `lengths`; from the first part it is too short for, the parts are left out. */
export function partsOf(rest: Uint8Array, lengths: readonly number[]): Uint8Array[] {
  const parts: Uint8Array[] = []
  let offset = 0
  for (const length of lengths) {
    if (offset + length > rest.byteLength) break
    parts.push(rest.subarray(offset, offset + length))
    offset += length
  }
  return parts
}
