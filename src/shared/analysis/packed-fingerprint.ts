import type { DocumentFingerprint } from './fingerprint'

/**
 * A fingerprint as the corpus index takes it: its sentences' spans and terms in typed arrays, each term an id into
 * the document's own list of distinct terms. A worker thread hands it to the main thread in a few milliseconds where
 * the tens of thousands of objects of a long text's fingerprint take a tenth of a second, and the index looks up each
 * distinct term once rather than at each of its occurrences.
 */
export interface PackedFingerprint {
  rest: Omit<DocumentFingerprint, 'sentences'>
  /** start, end and paragraph of each sentence, three numbers per sentence. */
  sentences: Int32Array
  /** The document's distinct terms, in order of first occurrence. */
  terms: string[]
  /** Ids into `terms` of all sentences' terms one after another; sentence i has those from termStarts[i] to termStarts[i + 1]. */
  termIds: Int32Array
  termStarts: Int32Array
  /** The speaker of each sentence that reports speech without quoting it, by sentence index. */
  reported: [number, string][]
}

export function packFingerprint({ sentences, ...rest }: DocumentFingerprint): PackedFingerprint {
  const spans = new Int32Array(sentences.length * 3)
  const termStarts = new Int32Array(sentences.length + 1)
  const termIds = new Int32Array(sentences.reduce((total, sentence) => total + sentence.terms.length, 0))
  const idOf = new Map<string, number>()
  const reported: [number, string][] = []
  let at = 0
  for (const [index, sentence] of sentences.entries()) {
    spans[index * 3] = sentence.start
    spans[index * 3 + 1] = sentence.end
    spans[index * 3 + 2] = sentence.paragraph
    if (sentence.speaker !== null) reported.push([index, sentence.speaker])
    termStarts[index] = at
    for (const term of sentence.terms) {
      let id = idOf.get(term)
      if (id === undefined) idOf.set(term, (id = idOf.size))
      termIds[at++] = id
    }
  }
  termStarts[sentences.length] = at
  return { rest, sentences: spans, terms: [...idOf.keys()], termIds, termStarts, reported }
}

/** The buffers of a packed fingerprint, which a worker transfers rather than copies. */
export function buffersOf(packed: PackedFingerprint): ArrayBuffer[] {
  return [packed.sentences.buffer, packed.termIds.buffer, packed.termStarts.buffer] as ArrayBuffer[]
}
