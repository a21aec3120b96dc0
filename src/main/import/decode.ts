import { bomOf, guessUtf16 } from './byte-order'

export interface Decoded {
  text: string
  encoding: string
  method: 'bom' | 'utf-8' | 'detected' | 'fallback'
}

/**
 * The encoding detector and the legacy decoders (jschardet and iconv-lite, 1.5 MB of code): loaded for the first file
 * that is not Unicode, so neither a start nor an import of Unicode files waits on them.
 */
const legacy = () => import('./legacy-encodings')

/**
 * Decodes imported bytes, in this order: a byte-order mark; UTF-16 recognised by its NUL pattern
 * (before UTF-8, since UTF-16 Latin text is valid UTF-8 full of NULs); strict UTF-8; jschardet's guess on
 * the first 64 KB when confident; else Windows-1252, which maps every byte and is what most legacy text is.
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
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8', method: 'utf-8' }
  } catch {
    return null
  }
}

/** The last steps of `decodeBytes`, for bytes `decodeUnicode` did not decode: a guess, else Windows-1252. */
export async function decodeLegacy(bytes: Uint8Array): Promise<Decoded> {
  return (await legacy()).decodeLegacy(bytes)
}

/** Decodes with an encoding the user chose (re-decode a document); a BOM of that encoding is dropped. */
export async function decodeAs(bytes: Uint8Array, encoding: string): Promise<string> {
  return (await legacy()).decodeAs(bytes, encoding)
}
