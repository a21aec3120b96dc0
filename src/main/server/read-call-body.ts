import { z } from 'zod'
import { JSON_BODY } from '../../shared/call-body'
import { headerLine, partsOf } from '../header-line'

const Header = z.strictObject({ input: z.unknown(), lengths: z.array(z.number().int().nonnegative()) })
const Placeholder = z.strictObject({ $bytes: z.number().int().nonnegative() })

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
