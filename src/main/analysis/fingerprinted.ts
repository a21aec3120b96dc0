import { fingerprintText, type DocumentFingerprint } from '../../shared/analysis/fingerprint'
import { FINGERPRINT_VERSION } from '../../shared/analysis/fingerprint-version'
import { packFingerprint, type PackedFingerprint } from '../../shared/analysis/packed-fingerprint'

/**
 * What the analysis keeps of a text: its fingerprint packed for the corpus index, and the file the cache stores, in
 * UTF-8 bytes, which a worker thread hands over without a copy.
 */
export interface Fingerprinted {
  fingerprint: PackedFingerprint
  file: Uint8Array
}

/** Reads a text once for the analysis; the worker thread runs this, so a long text costs the main thread nothing. */
export function fingerprinted(text: string): Fingerprinted {
  const fingerprint = fingerprintText(text)
  return { fingerprint: packFingerprint(fingerprint), file: fingerprintFile(fingerprint) }
}

/** A fingerprint's file in the cache, as `FingerprintCache` reads it back. */
export function fingerprintFile(fingerprint: DocumentFingerprint): Uint8Array {
  return new TextEncoder().encode(JSON.stringify({ version: FINGERPRINT_VERSION, fingerprint }))
}
