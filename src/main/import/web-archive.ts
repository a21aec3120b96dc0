import PostalMime from 'postal-mime'
import { cleanText, type Extraction } from './found-meta'
import { readWebPage } from './web-page'

/**
 * A web page saved as one file (`.mhtml`, Chrome's and Edge's "Webpage, Single File"): a MIME message whose first
 * HTML part is the page, its images and styles beside it. postal-mime reads the message (quoted-printable, base64 and
 * each part's charset); the page is then read as a saved `.html` one is. The message's headers stand in for what the
 * page does not say: its address (Blink writes it as `Snapshot-Content-Location`) and its title (`Subject`).
 */
export async function readWebArchive(bytes: Uint8Array): Promise<Extraction> {
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
