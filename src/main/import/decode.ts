import type { DecodeMethod } from '../../shared/model'
import { bomOf, guessUtf16 } from './byte-order'
import { iso2022Of } from './iso-2022'

export interface Decoded {
  text: string
  /** An id from the Decode as menu where one names the encoding (`encodingId`). */
  encoding: string
  method: Exclude<DecodeMethod, 'chosen'>
}

/**
 * The encoding detector and the legacy decoders (jschardet and iconv-lite, 1.5 MB of code): loaded for the first file
 * that is not Unicode, so neither a start nor an import of Unicode files waits on them.
 */
const legacy = () => import('./legacy-encodings')

/**
 * Decodes imported bytes, in this order: a byte-order mark; UTF-16 recognised by its NUL pattern and ISO-2022 by its
 * escapes (both before UTF-8, since their bytes are valid UTF-8); strict UTF-8; then, for legacy bytes, the encoding
 * they declare, the detectors' guess, else Windows-1252 (legacy-encodings.ts).
 */
export async function decodeBytes(bytes: Uint8Array): Promise<Decoded> {
  return decodeUnicode(bytes) ?? (await decodeLegacy(bytes))
}

/**
 * The first steps of `decodeBytes`, which decode nearly every file, without waiting: null when the bytes are not
 * Unicode. An import calls it first, so that it decodes a batch without giving way to another batch after each file.
 */
export function decodeUnicode(bytes: Uint8Array): Decoded | null {
  const bom = bomOf(bytes)
  // TextDecoder drops the BOM it recognises.
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes), encoding: bom.encoding, method: 'bom' }
  const utf16 = guessUtf16(bytes)
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, method: 'detected' }
  if (iso2022Of(bytes)) return null
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8', method: 'utf-8' }
  } catch {
    return null
  }
}

/** The last steps of `decodeBytes`, for bytes `decodeUnicode` did not decode. */
export async function decodeLegacy(bytes: Uint8Array): Promise<Decoded> {
  return (await legacy()).decodeLegacy(bytes)
}

/** Decodes with an encoding the user chose (re-decode a document); a BOM of that encoding is dropped. */
export async function decodeAs(bytes: Uint8Array, encoding: string): Promise<string> {
  return (await legacy()).decodeAs(bytes, encoding)
}
