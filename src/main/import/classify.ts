import type { RejectionReason } from '../../shared/model'
import { bomOf, guessUtf16, HEAD_BYTES } from './byte-order'
import { iso2022Of } from './iso-2022'
import { formatOf, isEncoded } from '../../shared/file-formats'

/** Parallax's own W3C Web Annotation exports, whose highlights an import brings into the matching documents. */
export const ANNOTATION_EXTENSIONS: readonly string[] = ['.jsonld', '.json']

/** Whether a file name is one of Parallax's annotation exports, by its extension in any case. */
export function isAnnotationExport(name: string): boolean {
  const dot = name.lastIndexOf('.')
  return dot > 0 && ANNOTATION_EXTENSIONS.includes(name.slice(dot).toLowerCase())
}

/**
 * Share of control bytes (C0 other than tab, LF, VT, FF, CR and ESC, plus DEL) above which a head
 * without NULs still counts as binary. Real text has next to none, so 10% leaves a wide margin for a
 * stray Ctrl-Z or form feed while catching binary formats that avoid NULs.
 */
const MAX_CONTROL_SHARE = 0.1

/** Whether a file name has one of the supported extensions, in any case. */
export function isSupportedName(name: string): boolean {
  return formatOf(name) !== null
}

/** Why these bytes should not be imported, or null. Checks in this order: type (by name), empty, too large, binary. */
export function rejectionOf(name: string, bytes: Uint8Array, maxBytes: number): { reason: RejectionReason; message: string } | null {
  if (!isSupportedName(name)) return unsupportedType()
  if (isBlank(bytes)) return { reason: 'empty', message: 'This file is empty.' }
  if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes)
  // A Word file is a zip archive and a PDF mostly compressed streams: binary by design.
  const format = formatOf(name)
  if (format && isEncoded(format) && looksBinary(bytes)) return { reason: 'binary', message: 'This looks like a binary file, not text.' }
  return null
}

/** The rejection of a file by its type; also used for files on disk, refused by name before they are read. */
export function unsupportedType(): { reason: RejectionReason; message: string } {
  return { reason: 'unsupported-type', message: 'Only texts (.txt, .md, .text), saved web pages (.html, .htm, .mhtml), Word files (.docx) and PDFs (.pdf) can be imported.' }
}

/** The rejection of a file over the limit; also used for files whose size alone rules them out, unread. */
export function tooLarge(size: number, maxBytes: number): { reason: RejectionReason; message: string } {
  return { reason: 'too-large', message: `This file is larger than the ${formatSize(maxBytes)} limit (${formatSize(size)}).` }
}

/**
 * Decides on the first 8 KB as git and VS Code do: a NUL byte means binary, unless the NULs are
 * those of UTF-16 text (with a BOM, or in its NUL pattern); so does a head made largely of control bytes, unless they
 * are ISO-2022's shifts.
 */
export function looksBinary(head: Uint8Array): boolean {
  const sample = head.subarray(0, HEAD_BYTES)
  const bom = bomOf(sample)
  if (bom?.encoding === 'utf-16le' || bom?.encoding === 'utf-16be' || guessUtf16(sample) || iso2022Of(sample)) return false
  if (sample.includes(0)) return true
  let controls = 0
  for (let i = 0; i < sample.length; i++) controls += CONTROL[sample[i]!]!
  return controls > sample.length * MAX_CONTROL_SHARE
}

/** Tab, LF, VT, FF, CR and ESC (terminal colours) turn up in text files. */
const TEXT_CONTROLS = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b]
/** 1 for each byte counted as a control byte: C0 but the text ones, and DEL. */
const CONTROL = Uint8Array.from({ length: 256 }, (_, byte) => Number((byte < 0x20 && !TEXT_CONTROLS.includes(byte)) || byte === 0x7f))

/** No bytes, or only a BOM and ASCII white space (read as UTF-16 code units when the file is UTF-16). */
function isBlank(bytes: Uint8Array): boolean {
  const bom = bomOf(bytes)
  const body = bytes.subarray(bom?.length ?? 0)
  const utf16 = bom && bom.encoding !== 'utf-8' ? bom.encoding : guessUtf16(body)
  if (!utf16) return body.every(isSpace)
  if (body.length % 2 !== 0) return false
  for (let i = 0; i < body.length; i += 2) {
    const [high, low] = utf16 === 'utf-16le' ? [body[i + 1], body[i]] : [body[i], body[i + 1]]
    if (high !== 0 || low === undefined || !isSpace(low)) return false
  }
  return true
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || (byte >= 0x09 && byte <= 0x0d)
}

/** Sizes for messages: MB with one decimal when it says something, smaller units for tiny limits. */
function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024)
  if (mb >= 0.1) return `${Number(mb.toFixed(1))} MB`
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`
  return bytes === 1 ? '1 byte' : `${bytes} bytes`
}
