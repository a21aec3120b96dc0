/** How a file's bytes become a document's text, by its extension. A web archive is a page saved as one MIME file. */
export type FileFormat = 'text' | 'web-page' | 'web-archive' | 'word' | 'pdf'

const FORMATS: Record<string, FileFormat> = {
  '.txt': 'text',
  '.md': 'text',
  '.text': 'text',
  '.html': 'web-page',
  '.htm': 'web-page',
  '.mhtml': 'web-archive',
  '.mht': 'web-archive',
  '.docx': 'word',
  '.pdf': 'pdf'
}

/** The file types an import accepts as documents: plain text under its usual names, saved web pages, Word files and PDFs. */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(FORMATS)

/** A file's format by its name's extension in any case, or null when Parallax does not import it. */
export function formatOf(name: string): FileFormat | null {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
  const dot = base.lastIndexOf('.')
  return dot > 0 ? (FORMATS[base.slice(dot).toLowerCase()] ?? null) : null
}

/**
 * Whether a format's text is its bytes read in an encoding, found or chosen (a text's, a page's), which *Decode as…*
 * may choose again. A web archive's parts, a Word file's XML and a PDF's fonts name their own: those are only read again.
 */
export function isEncoded(format: FileFormat): boolean {
  return format === 'text' || format === 'web-page'
}
