import { z } from 'zod'
import { JSON_BODY } from '../../shared/call-body'

const NEWLINE = 0x0a
const Header = z.strictObject({ input: z.unknown(), lengths: z.array(z.number().int().nonnegative()) })
const Placeholder = z.strictObject({ $bytes: z.number().int().nonnegative() })

/** The argument a body of `type` carries; throws a message for the sender when it is not a well-formed one. */
export function decodeCall(type: string, body: Uint8Array): unknown {
  if (type === JSON_BODY) return body.byteLength === 0 ? {} : JSON.parse(new TextDecoder().decode(body))
  const end = body.indexOf(NEWLINE)
  const header = Header.safeParse(end < 0 ? null : parseJson(body.subarray(0, end)))
  if (!header.success) throw new Error('The request does not start with a valid header line.')
  const { input, lengths } = header.data
  const parts: Uint8Array[] = []
  let offset = end + 1
  for (const length of lengths) {
    parts.push(body.subarray(offset, offset + length))
    offset += length
  }
  if (offset !== body.byteLength) throw new Error('The request is not as long as its header says.')
  return withBytes(input, parts)
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes))
  } catch {
    return null
  }
}

/** `value` with each `{"$bytes": n}` replaced by the nth part. */
function withBytes(value: unknown, parts: Uint8Array[]): unknown {
  if (Array.isArray(value)) return value.map((item) => withBytes(item, parts))
  if (typeof value !== 'object' || value === null) return value
  const placeholder = Placeholder.safeParse(value)
  if (placeholder.success) {
    const part = parts[placeholder.data.$bytes]
    if (!part) throw new Error('The request names bytes it does not carry.')
    return part
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withBytes(item, parts)]))
}
