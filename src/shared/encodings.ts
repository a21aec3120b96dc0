import type { DecodeMethod, DocumentEncoding } from './model'

/** The encodings offered for re-decoding, for a menu: ids iconv-lite accepts, with readable labels. */
export const ENCODINGS: { id: string; label: string }[] = [
  { id: 'utf-8', label: 'Unicode (UTF-8)' },
  { id: 'utf-16le', label: 'Unicode (UTF-16 LE)' },
  { id: 'utf-16be', label: 'Unicode (UTF-16 BE)' },
  { id: 'windows-1252', label: 'Western (Windows-1252)' },
  { id: 'iso-8859-1', label: 'Western (ISO-8859-1)' },
  { id: 'iso-8859-15', label: 'Western (ISO-8859-15)' },
  { id: 'macintosh', label: 'Western (Mac Roman)' },
  { id: 'windows-1250', label: 'Central European (Windows-1250)' },
  { id: 'iso-8859-2', label: 'Central European (ISO-8859-2)' },
  { id: 'windows-1251', label: 'Cyrillic (Windows-1251)' },
  { id: 'koi8-r', label: 'Cyrillic (KOI8-R)' },
  { id: 'koi8-u', label: 'Cyrillic (KOI8-U)' },
  { id: 'iso-8859-5', label: 'Cyrillic (ISO-8859-5)' },
  { id: 'x-mac-cyrillic', label: 'Cyrillic (Mac)' },
  { id: 'windows-1253', label: 'Greek (Windows-1253)' },
  { id: 'iso-8859-7', label: 'Greek (ISO-8859-7)' },
  { id: 'windows-1254', label: 'Turkish (Windows-1254)' },
  { id: 'windows-1255', label: 'Hebrew (Windows-1255)' },
  { id: 'windows-1256', label: 'Arabic (Windows-1256)' },
  { id: 'windows-1257', label: 'Baltic (Windows-1257)' },
  { id: 'windows-1258', label: 'Vietnamese (Windows-1258)' },
  { id: 'viscii', label: 'Vietnamese (VISCII)' },
  { id: 'windows-874', label: 'Thai (Windows-874)' },
  { id: 'shift_jis', label: 'Japanese (Shift JIS)' },
  { id: 'euc-jp', label: 'Japanese (EUC-JP)' },
  { id: 'iso-2022-jp', label: 'Japanese (ISO-2022-JP)' },
  { id: 'gb18030', label: 'Chinese Simplified (GB18030)' },
  { id: 'big5', label: 'Chinese Traditional (Big5)' },
  { id: 'euc-tw', label: 'Chinese Traditional (EUC-TW)' },
  { id: 'euc-kr', label: 'Korean (EUC-KR)' },
  { id: 'iso-2022-kr', label: 'Korean (ISO-2022-KR)' }
]

/** How a text's encoding was chosen, for its details: "Japanese (Shift JIS), detected". */
const HOW: Record<DecodeMethod, string> = {
  bom: 'from its byte-order mark',
  'utf-8': 'valid UTF-8',
  declared: 'as the file declares',
  detected: 'detected',
  fallback: 'no encoding recognised, so the usual one for Western text',
  chosen: 'as you chose'
}

/** A document's encoding as its details show it; null for one added before Parallax recorded it. */
export function describeEncoding(encoding: DocumentEncoding | null): string | null {
  if (!encoding) return null
  const label = ENCODINGS.find(({ id }) => id === encoding.name)?.label ?? encoding.name.toUpperCase()
  return `${label}, ${HOW[encoding.method]}`
}
