import PostalMime from 'postal-mime'
import { FileRefused } from './file-refused'
import { cleanText, type Extraction } from './found-meta'
import { readWebPage } from './web-page'

/**
 * A web page saved as one file (`.mhtml`, Chrome's and Edge's "Webpage, Single File"): a MIME message whose first
 * HTML part is the page, its images and styles beside it. postal-mime reads the message (quoted-printable, base64 and
 * each part's charset); the page is then read as a saved `.html` one is. The message's headers stand in for what the
 * page does not say: its address (Blink writes it as `Snapshot-Content-Location`) and its title (`Subject`).
 */
export async function readWebArchive(bytes: Uint8Array): Promise<Extraction> {
  if (isCutShort(bytes)) throw new FileRefused('unreadable', TRUNCATED_ARCHIVE)
  const message = await PostalMime.parse(bytes)
  if (!message.html) throw new Error('This file holds no saved page.')
  const page = readWebPage(message.html)
  const header = (key: string) => cleanText(message.headers.find((found) => found.key === key)?.value)
  return {
    text: page.text,
    found: {
      ...page.found,
      title: page.found.title ?? cleanText(message.subject),
      url: page.found.url ?? header('snapshot-content-location') ?? header('content-location')
    }
  }
}

export const TRUNCATED_ARCHIVE = 'This saved page is cut short: it ends in the middle of its parts, so it is damaged or was only partly saved.'

/** A multipart archive ends with its boundary followed by `--`; one without that closing line was cut off on the way. */
function isCutShort(bytes: Uint8Array): boolean {
  const raw = Buffer.from(bytes).toString('latin1')
  const headersEnd = raw.search(/\r?\n\r?\n/)
  const headers = headersEnd < 0 ? raw : raw.slice(0, headersEnd)
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(headers)?.[1]
  return boundary !== undefined && !raw.includes(`--${boundary}--`)
}
