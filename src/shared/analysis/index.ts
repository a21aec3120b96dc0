export type * from './types'
export { alignDocument, alignmentSteps, counterpartsOf, type Alignment } from './alignment'
export { findBoilerplate } from './boilerplate'
export { CorpusIndex, type IndexedDocument } from './corpus-index'
// fingerprintText ('./fingerprint') and readQuotes ('./quotes') are not here: they load the NLP library, which the back
// end's main thread leaves to its fingerprint worker.
export type { DocumentFingerprint, SentenceFingerprint } from './fingerprint'
export { FINGERPRINT_VERSION } from './fingerprint-version'
export { overviewOf, OVERVIEW_BUCKETS } from './overview'
export { buffersOf, packFingerprint, type PackedFingerprint } from './packed-fingerprint'
export { passagesOf } from './paragraphs-and-sentences'
export { clusterQuotes, isShared, type DraftMember } from './quote-clusters'
export { describeClusters, wordDiff } from './quote-diff'
export type { ExtractedQuote } from './quotes'
