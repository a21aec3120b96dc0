import Encoding from 'encoding-japanese'
import iconv from 'iconv-lite'
import { ESC, type Iso2022 } from './iso-2022'

/** ISO-2022-JP through encoding-japanese; ISO-2022-KR as the EUC-KR it shifts into (RFC 1557). */
export function decodeIso2022(bytes: Uint8Array, encoding: Iso2022): string {
  if (encoding === 'iso-2022-jp') return Encoding.codeToString(Encoding.convert(bytes, { from: 'JIS', to: 'UNICODE' }))
  return iconv.decode(Buffer.from(shiftedToEuc(bytes)), 'euc-kr')
}

const SO = 0x0e
const SI = 0x0f
const KR_DESIGNATION = [ESC, 0x24, 0x29, 0x43]

/**
 * RFC 1557: after SO, byte pairs are KS X 1001 with the high bit clear, until SI; the designation appears once, at the
 * start of a line. Setting the high bit gives EUC-KR, which iconv-lite decodes.
 */
function shiftedToEuc(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length)
  let length = 0
  let shifted = false
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!
    if (byte === ESC && KR_DESIGNATION.every((b, k) => bytes[i + k] === b)) {
      i += KR_DESIGNATION.length - 1
    } else if (byte === SO) {
      shifted = true
    } else if (byte === SI || byte === 0x0a || byte === 0x0d) {
      // A line ends in ASCII: RFC 1557 shifts back before it, and a writer that forgot is read the same way.
      shifted = false
      if (byte !== SI) out[length++] = byte
    } else {
      out[length++] = shifted && byte > 0x20 && byte < 0x7f ? byte | 0x80 : byte
    }
  }
  return out.subarray(0, length)
}
