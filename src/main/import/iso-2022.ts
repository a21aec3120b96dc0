export type Iso2022 = 'iso-2022-jp' | 'iso-2022-kr'

export const ESC = 0x1b
/** The designations that open ISO-2022-JP text (JIS X 0208, JIS X 0212, JIS Roman) and ISO-2022-KR (KS X 1001 as G1). */
const DESIGNATIONS: { encoding: Iso2022; bytes: number[] }[] = [
  { encoding: 'iso-2022-kr', bytes: [ESC, 0x24, 0x29, 0x43] },
  { encoding: 'iso-2022-jp', bytes: [ESC, 0x24, 0x42] },
  { encoding: 'iso-2022-jp', bytes: [ESC, 0x24, 0x40] },
  { encoding: 'iso-2022-jp', bytes: [ESC, 0x24, 0x28, 0x44] },
  { encoding: 'iso-2022-jp', bytes: [ESC, 0x28, 0x4a] }
]

/**
 * Recognises 7-bit ISO-2022 text by its escape sequences. It must come before the UTF-8 check: every ISO-2022 file is
 * valid UTF-8 byte by byte, and read so it keeps its escapes and shows the wrong letters. The shift bytes of ISO-2022-KR
 * would also read as binary.
 */
export function iso2022Of(bytes: Uint8Array, limit = 64 * 1024): Iso2022 | null {
  const head = bytes.subarray(0, limit)
  for (let at = head.indexOf(ESC); at !== -1; at = head.indexOf(ESC, at + 1)) {
    const found = DESIGNATIONS.find((d) => d.bytes.every((b, i) => head[at + i] === b))
    // ISO-2022 is 7-bit: an escape in 8-bit text is something else.
    if (found) return head.every((byte) => byte < 0x80) ? found.encoding : null
  }
  return null
}
