import { sentenceKey, type CorpusIndex, type IndexedDocument } from './corpus-index'
import { paraphraseTermsNeeded, sameRemark, sameSpeaker, type QuoteTerms } from './quote-match'
import type { ExtractedQuote } from './quotes'
import type { QuoteCluster, QuoteMember } from './types'
import { UnionFind } from './union-find'

/**
 * A cluster member before its diff is computed; a paraphrase's text is read from its document afterwards. `terms`
 * counts a quote's terms, so the fullest quote can be the one the others are compared with.
 */
export type DraftMember = Omit<QuoteMember, 'diff' | 'text'> & { text: string | null; terms: number }

interface QuoteNode extends QuoteTerms {
  doc: IndexedDocument
  quote: ExtractedQuote
}

/**
 * Word pairs held by more quotes than this are stock phrases ("prime minister"), too common to find a remark by;
 * a remark quoted that widely still links through its other pairs.
 */
const COMMON_PAIR = 512
/**
 * What two quotes share must weigh this much, each word by its rarity in the library (see `linkQuotes`): about two
 * words held by one document in twenty. "Fox News Sunday", "piggy bank" and "don’t ask, don’t tell" recur across
 * unrelated stories and weigh less. On BASIL's development split, multi-document clusters of one story go from 0.87
 * to 0.98 (`npm run eval`).
 */
const REMARK_RARITY = 1.2

/**
 * The `count` terms of `terms` with the shortest postings, less those too common to look up. A sentence that shares
 * `needed` of a quote's `n` terms shares at least one of its `n - needed + 1` rarest, so only those need looking up.
 */
function rarest<T>(terms: Iterable<T>, size: (term: T) => number, count: number, rare: (term: T) => boolean): T[] {
  return [...terms].sort((a, b) => size(a) - size(b)).slice(0, Math.max(0, count)).filter(rare)
}

function pairsOf(terms: readonly string[]): Set<string> {
  const pairs = new Set<string>()
  for (let at = 0; at + 1 < terms.length; at++) pairs.add(`${terms[at]} ${terms[at + 1]}`)
  return pairs
}

/**
 * Two quotes can be one remark unless each names its speaker in full and they are different people. A surname alone
 * is too often misread from the text around a quote ("Perry" for the sheriff he quotes) to keep a true pair apart.
 */
function compatibleSpeakers(a: string | null, b: string | null): boolean {
  const full = (name: string | null) => name !== null && /\s/u.test(name) && !name.startsWith('the ')
  return !full(a) || !full(b) || sameSpeaker(a, b)
}

/**
 * Links quotes of different documents that are one remark. Candidates share a pair of adjacent terms ("finish job",
 * "realli want"): a phrase picks out a remark where single words, in a corpus of thousands of quotes, do not.
 */
function linkQuotes(index: CorpusIndex, nodes: readonly QuoteNode[], sets: UnionFind): void {
  // A word's rarity from 0 to 1: its idf over the idf of a word only one document has.
  const rarestIdf = Math.log(1 + index.size)
  const weight = (term: string) => {
    const id = index.termId(term)
    return id === undefined ? 0 : index.idf(id) / rarestIdf
  }
  /** What the two quotes share weighs enough, by its words' rarity in the library, to be a remark rather than a stock phrase. */
  const rareEnough = (a: QuoteNode, b: QuoteNode) => {
    let shared = 0
    for (const term of a.distinct) if (b.distinct.has(term)) shared += weight(term)
    return shared >= REMARK_RARITY
  }
  const postings = new Map<string, number[]>()
  for (const [at, node] of nodes.entries()) {
    for (const pair of pairsOf(node.terms)) {
      const list = postings.get(pair)
      if (list) list.push(at)
      else postings.set(pair, [at])
    }
  }
  for (const holders of postings.values()) {
    if (holders.length > COMMON_PAIR) continue
    for (let first = 0; first < holders.length; first++) {
      for (let second = first + 1; second < holders.length; second++) {
        const [at, other] = [holders[first]!, holders[second]!]
        const [a, b] = [nodes[at]!, nodes[other]!]
        if (a.doc === b.doc || sets.find(at) === sets.find(other) || !compatibleSpeakers(a.quote.speaker, b.quote.speaker)) continue
        if (sameRemark(a, b) && rareEnough(a, b)) sets.union(at, other)
      }
    }
  }
}

/** Links each attributed quote to sentences of other documents that report the same speaker saying most of it. */
function linkParaphrases(index: CorpusIndex, nodes: readonly QuoteNode[], sets: UnionFind, sentences: Map<number, { doc: IndexedDocument; sentence: number; node: number }>): void {
  for (const [at, node] of nodes.entries()) {
    const needed = paraphraseTermsNeeded(node.distinct.size)
    if (node.quote.speaker === null || !Number.isFinite(needed)) continue
    const ids = new Set([...node.distinct].map((term) => index.termId(term)).filter((id) => id !== undefined))
    const probe = rarest(ids, (id) => index.frequency(id), ids.size - needed + 1, (id) => index.isRare(id))
    const visited = new Set<number>()
    for (const termId of probe) {
      index.postings(termId)?.forEach((slot, sentence) => {
        const doc = index.at(slot)
        const key = sentenceKey(slot, sentence)
        if (!doc || doc === node.doc || visited.has(key) || !sameSpeaker(doc.reported.get(sentence) ?? null, node.quote.speaker)) return
        visited.add(key)
        let shared = 0
        const seen = new Set<number>()
        for (let term = doc.termStarts[sentence]!; term < doc.termStarts[sentence + 1]!; term++) {
          const id = doc.termIds[term]!
          if (ids.has(id) && !seen.has(id)) shared++
          seen.add(id)
        }
        if (shared < needed) return
        const known = sentences.get(key) ?? { doc, sentence, node: sets.add() }
        sentences.set(key, known)
        sets.union(at, known.node)
      })
    }
  }
}

/**
 * The same remark quoted, cut, reworded or paraphrased across documents: one cluster per remark, those of one
 * document included (see `isShared`).
 */
export function clusterQuotes(index: CorpusIndex): DraftMember[][] {
  const nodes: QuoteNode[] = []
  for (const doc of index.documents()) for (const quote of doc.fingerprint.quotes) nodes.push({ doc, quote, terms: quote.terms, distinct: new Set(quote.terms) })
  const sets = new UnionFind()
  for (let at = 0; at < nodes.length; at++) sets.add()
  linkQuotes(index, nodes, sets)
  const sentences = new Map<number, { doc: IndexedDocument; sentence: number; node: number }>()
  linkParaphrases(index, nodes, sets, sentences)
  const groups = new Map<number, DraftMember[]>()
  const join = (node: number, member: DraftMember): void => {
    const root = sets.find(node)
    const group = groups.get(root)
    if (group) group.push(member)
    else groups.set(root, [member])
  }
  for (const [at, { doc, quote }] of nodes.entries()) {
    join(at, { documentId: doc.id, start: quote.start, end: quote.end, speaker: quote.speaker, kind: 'quote', text: quote.text, terms: quote.terms.length })
  }
  for (const { doc, sentence, node } of sentences.values()) {
    const [start, end] = [doc.sentences[sentence * 3]!, doc.sentences[sentence * 3 + 1]!]
    join(node, { documentId: doc.id, start, end, speaker: doc.reported.get(sentence) ?? null, kind: 'paraphrase', text: null, terms: 0 })
  }
  return [...groups.values()]
}

/** A remark more than one document carries: what comparing outlets is about. */
export function isShared(cluster: Pick<QuoteCluster, 'documents'>): boolean {
  return cluster.documents > 1
}
