import { strFromU8, unzipSync } from 'fflate'
import { parseHTML } from 'linkedom'
import mammoth from 'mammoth'
import { blockText, type BlockNode } from './html-blocks'
import { cleanText, type Extraction } from './found-meta'
import type { PageDocument } from './page-metadata'

const CORE_PROPERTIES = 'docProps/core.xml'

/**
 * A Word file's text, paragraphs and headings as blocks (mammoth reads the document as HTML, the same blocks a web
 * page makes), and its title and author from its properties, which mammoth does not read.
 */
export async function readWordDocument(bytes: Uint8Array): Promise<Extraction> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })
  const { document } = parseHTML(`<!doctype html><html><body>${value}</body></html>`)
  const properties = coreProperties(bytes)
  return {
    text: blockText(document.body as unknown as BlockNode),
    found: {
      title: cleanText(properties?.querySelector('title')?.textContent),
      author: cleanText(properties?.querySelector('creator')?.textContent),
      outlet: null,
      date: null,
      url: null
    }
  }
}

/** docProps/core.xml parsed, with its `dc:` and `dcterms:` prefixes dropped so elements are found by local name; null when absent. */
function coreProperties(bytes: Uint8Array): PageDocument | null {
  const entry = unzipSync(bytes, { filter: (file) => file.name === CORE_PROPERTIES })[CORE_PROPERTIES]
  if (!entry) return null
  const xml = strFromU8(entry).replace(/<(\/?)[A-Za-z]+:/g, '<$1')
  return parseHTML(`<!doctype html><html><body>${xml.replace(/^<\?xml[^>]*>/, '')}</body></html>`).document as unknown as PageDocument
}
