import iconv from 'iconv-lite'
import jschardet from 'jschardet'
import { AppError } from '../../shared/errors'
import type { Decoded } from './decode'

/** Detection reads this much: enough for a confident guess, cheap on a 50 MB file. */
const DETECT_BYTES = 64 * 1024

/**
 * jschardet 4's own floor for a usable guess (its MINIMUM_THRESHOLD). A paragraph of Russian scores
 * about 0.7; short Latin texts in Windows-1252 score below it and land on the fallback, which suits them.
 */
const MIN_CONFIDENCE = 0.2

/** Guesses read as their superset, as browsers do, so 0x80-0x9F become quotes and dashes rather than C1 controls. */
const SUPERSETS: Record<string, string> = { iso88591: 'windows-1252', ascii: 'windows-1252' }
/** A UTF-8 guess cannot be right once strict UTF-8 has failed (the bad byte may lie past the 64 KB sample). */
const UNTRUSTED = new Set(['utf8', 'utf8sig'])

/** Bytes that are not Unicode: jschardet's guess on the first 64 KB when confident, else Windows-1252. */
export function decodeLegacy(bytes: Uint8Array): Decoded {
  const detected = detectedEncoding(bytes)
  if (detected) return { text: decodeWith(bytes, detected), encoding: detected, method: 'detected' }
  return { text: decodeWith(bytes, 'windows-1252'), encoding: 'windows-1252', method: 'fallback' }
}

/** Decodes with an encoding the user chose (re-decode a document); a BOM of that encoding is dropped. */
export function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (!iconv.encodingExists(encoding)) {
    throw new AppError('invalid-argument', `The text encoding "${encoding}" is not supported.`)
  }
  return decodeWith(bytes, encoding)
}

/** jschardet's confident guess, as a lower-case name iconv-lite can decode, or null. */
function detectedEncoding(bytes: Uint8Array): string | null {
  const { encoding, confidence } = jschardet.detect(bytes.subarray(0, DETECT_BYTES))
  if (!encoding || confidence < MIN_CONFIDENCE) return null
  const key = encoding.toLowerCase().replace(/[^a-z0-9]/g, '')
  if (UNTRUSTED.has(key)) return null
  const name = SUPERSETS[key] ?? encoding.toLowerCase()
  return iconv.encodingExists(name) ? name : null
}

/** iconv-lite drops a leading BOM of a Unicode encoding. */
function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes)
  return iconv.decode(bytes, encoding)
}

/** What Windows-1252 puts at 0x80-0x9F, where it differs from Latin-1; iconv-lite gives U+FFFD for the five unassigned bytes. */
const WINDOWS_1252_C1 = [...iconv.decode(Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i)), 'windows-1252')]

/**
 * Windows-1252 as the WHATWG Encoding standard reads it: the unassigned bytes (0x81, 0x8D...) stay as C1
 * characters instead of being lost. Node 20's TextDecoder('windows-1252') reads plain Latin-1, so it will not do.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => {
      const mapped = WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]
      return mapped === undefined || mapped === '\ufffd' ? c : mapped
    })
}
