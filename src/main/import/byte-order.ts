/** The byte-order marks an imported file may start with, longest first so UTF-8's is not mistaken. */
const BOMS: { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; bytes: number[] }[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] }
]

export interface Bom {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be'
  length: number
}

/** The byte-order mark at the start of `bytes`, if any. */
export function bomOf(bytes: Uint8Array): Bom | null {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) return { encoding: bom.encoding, length: bom.bytes.length }
  }
  return null
}

/** How much of a file the NUL-pattern and binary checks look at, as git and VS Code do. */
export const HEAD_BYTES = 8 * 1024

/**
 * Recognises UTF-16 without a BOM from where its NUL bytes fall in the first 8 KB. Latin text in
 * UTF-16LE has a NUL as the high (odd) byte of nearly every code unit, BE at the even bytes. We ask
 * that at least half the code units have a NUL on one side, which Latin text meets with room to spare
 * (accents, curly quotes and dashes are non-NUL) and a stray NUL in a short byte string does not, and
 * fewer than 1 in 20 on the other side: text rarely has a character ending in 00 (U+0100, U+0400...),
 * while binary data has NULs on both. Mostly non-Latin UTF-16 (Cyrillic, CJK) is not recognised here.
 */
export function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const head = bytes.subarray(0, HEAD_BYTES)
  const units = Math.floor(head.length / 2)
  // Most files have no NUL at all, which the native search finds fastest.
  if (units === 0 || !head.includes(0)) return null
  let even = 0
  let odd = 0
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) even++
    if (head[i + 1] === 0) odd++
  }
  if (odd >= units / 2 && even < units / 20) return 'utf-16le'
  if (even >= units / 2 && odd < units / 20) return 'utf-16be'
  return null
}
