import type { Fingerprinted } from './fingerprinted'

/** Reads a document's text for the analysis: the part of it whose cost grows with the text. */
export type Fingerprinter = (text: string) => Promise<Fingerprinted>

/**
 * On the calling thread, for the sources run as they are (unit tests, the eval), where no worker script is built. The
 * NLP library is loaded on first use, so a process that fingerprints in workers never loads it on its main thread.
 */
export const fingerprintOnThisThread: Fingerprinter = async (text) => (await import('./fingerprinted')).fingerprinted(text)
