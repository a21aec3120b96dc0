import type { DocumentEncoding } from '../../shared/model'
import { bomOf } from './byte-order'
import type { FileFormat } from '../../shared/file-formats'
import { decodeAs, decodeBytes, decodeLegacy, type Decoded } from './decode'
import { declaredEncoding } from './declared-encoding'
import { NOTHING_FOUND, type Extraction } from './found-meta'

/** A document's text from its file's bytes, with what the file says of itself and how its bytes were decoded. */
export interface ReadFile extends Extraction {
  /** Null for a format whose text is not an encoding's to choose (see `isEncoded`). */
  encoding: DocumentEncoding | null
}

/** Loaded for the first page, archive, Word file or PDF, so a start and an import of texts never wait on them. */
const webPage = () => import('./web-page')
const webArchive = () => import('./web-archive')
const wordDocument = () => import('./word-document')
const pdfDocument = () => import('./pdf-document')

/**
 * Reads a file's bytes as a document. A web page is decoded in the encoding it declares (as a browser would, even when
 * its bytes are also valid UTF-8), else as a text is, and its article extracted; `chosen`, the user's encoding, overrides.
 */
export async function readDocumentFile(format: FileFormat, bytes: Uint8Array, chosen?: string): Promise<ReadFile> {
  if (format === 'word') return { ...(await (await wordDocument()).readWordDocument(bytes)), encoding: null }
  if (format === 'web-archive') return { ...(await (await webArchive()).readWebArchive(bytes)), encoding: null }
  if (format === 'pdf') return { ...(await (await pdfDocument()).readPdfDocument(bytes)), encoding: null }
  const decoded = chosen ? null : format === 'web-page' ? await decodePage(bytes) : await decodeBytes(bytes)
  const text = decoded?.text ?? (await decodeAs(bytes, chosen!))
  const encoding: DocumentEncoding = decoded ? { name: decoded.encoding, method: decoded.method } : { name: chosen!, method: 'chosen' }
  const extraction = format === 'web-page' ? (await webPage()).readWebPage(text) : { text, found: NOTHING_FOUND }
  return { ...extraction, encoding }
}

/** A page that declares a legacy encoding is read in it (decodeLegacy honours the declaration first); a BOM still wins. */
function decodePage(bytes: Uint8Array): Promise<Decoded> {
  const declared = bomOf(bytes) ? null : declaredEncoding(bytes)
  return declared && declared !== 'UTF-8' ? decodeLegacy(bytes) : decodeBytes(bytes)
}
