import { describe, expect, it } from 'vitest'
import { alignDocument, CorpusIndex, counterpartsOf, type Passage } from '../../../../src/shared/analysis'
import { CORROBORATING_SENTENCES } from '../../../../src/shared/analysis/alignment'
import { LINK_THRESHOLD } from '../../../../src/shared/analysis/link-threshold'
import { packedFingerprint, seed, seedIndex, spanOf } from './seeds'

const index = seedIndex()

/** The aligned sentence of a seed that holds `needle`. */
function sentence(key: string, needle: string): Passage {
  const { start } = spanOf(key, needle)
  const found = alignDocument(index, index.get(key)!).sentences.find((passage) => passage.start <= start && start < passage.end)
  if (!found) throw new Error(`No sentence of ${key} holds "${needle}"`)
  return found
}

/** The counterparts of a passage as [document, the counterpart's text]. */
function counterpartTexts(passage: Passage): [string, string][] {
  return passage.counterparts.map((counterpart) => [counterpart.documentId, seed(counterpart.documentId).slice(counterpart.start, counterpart.end)])
}

describe('alignDocument on the seeds', () => {
  it('aligns the same remark reported in other words: "never really wanted a deal" and "didn’t really want to make a deal"', () => {
    // 000 line 32 and 001 line 5: Trump's remark on Friday, quoted by both outlets.
    const passage = sentence('000', 'Hamas never really wanted a deal.')
    expect(passage.carriers).toBe(2)
    expect(counterpartTexts(passage)).toEqual([['001', expect.stringContaining('Trump asserted Hamas “didn’t really want to make a deal”')]])
  })

  it('aligns "We’ll need to get rid of Hamas" with RT’s headline "Israel has to “get rid” of Hamas – Trump"', () => {
    // 000 line 30 and 001 line 3.
    expect(counterpartTexts(sentence('000', 'We’ll need to get rid of Hamas.'))).toEqual([['001', 'Israel has to “get rid” of Hamas – Trump — RT World News']])
  })

  it('leaves loose paraphrases below the link threshold unlinked: "finish the job" (cosine 0.26) and aid groups’ warnings (0.30)', () => {
    // 000 line 30 against 001 line 5, and 001 line 9 against 003 line 31: the same facts in other words, but at scores
    // where, on BASIL, under half of all pairs are of one story.
    expect(sentence('000', 'the job against Hamas must be finished').counterparts).toEqual([])
    expect(sentence('001', 'humanitarian agencies warn of worsening conditions in Gaza').counterparts).toEqual([])
  })

  it('gives each link its evidence: the score, and how many sentences the two documents share', () => {
    const [counterpart] = sentence('000', 'Hamas never really wanted a deal.').counterparts
    expect(counterpart!.score).toBeGreaterThanOrEqual(LINK_THRESHOLD)
    expect(counterpart!.shared).toBeGreaterThanOrEqual(CORROBORATING_SENTENCES)
  })

  it('does not align sentences that share only a word or the story’s stock vocabulary', () => {
    // 000 line 30 ("get rid of Hamas") and 002 line 9 ("get a lot rougher") share "get" alone.
    expect(counterpartTexts(sentence('000', 'We’ll need to get rid of Hamas.')).map(([id]) => id)).not.toContain('002')
    // 001 line 1, a headline, and 004 line 7 share "stall".
    expect(sentence('001', 'Trump: Israel to Hunt Down Hamas').counterparts.map((c) => c.documentId)).not.toContain('004')
    // 000 line 26 and 002 line 21 share "said", "Hamas" and a negation, words every seed has.
    expect(sentence('000', 'when we get to the final hostages').counterparts.map((c) => c.documentId)).not.toContain('002')
  })

  it('marks a passage found in one document only as carried by one', () => {
    // 004 line 23, a subheading of its own plan; 003 line 29, Gaza's casualty figures.
    expect(sentence('004', 'Pillar 1: Unprecedented Military').carriers).toBe(1)
    expect(sentence('003', 'over 48,000 Palestinians reported killed').counterparts).toEqual([])
  })

  it('gives a paragraph the paragraph holding its sentence’s counterpart', () => {
    const { start } = spanOf('000', 'Without specifying operational details')
    const paragraph = alignDocument(index, index.get('000')!).paragraphs.find((p) => p.start === start)!
    // 000 line 32's counterpart is in 001 line 5, which is one paragraph.
    const line5 = spanOf('001', 'Ceasefire negotiations between Israel and Hamas have reached another impasse')
    expect(paragraph.counterparts).toMatchObject([{ documentId: '001', start: line5.start }])
    expect(paragraph.carriers).toBe(2)
  })

  it('finds the counterparts of the passage under a hover or a selection', () => {
    const { start, end } = spanOf('000', 'never really wanted')
    expect(counterpartsOf(alignDocument(index, index.get('000')!), start, start).map((c) => c.documentId)).toEqual(['001'])
    expect(counterpartsOf(alignDocument(index, index.get('000')!), start, end).map((c) => c.documentId)).toEqual(['001'])
  })
})

describe('CorpusIndex', () => {
  it('counts a document added later as a carrier, and forgets it when removed', () => {
    const local = seedIndex()
    const passage = () => alignDocument(local, local.get('002')!).sentences.find((s) => seed('002').slice(s.start, s.end).startsWith('Witkoff confirmed'))!
    expect(passage().carriers).toBe(1)
    // A wire copy of 002 line 23 in another outlet.
    local.add('copy', packedFingerprint('Witkoff confirmed on Thursday that there is a deadline for Hamas to release the hostages, but would not say when.'))
    expect(passage().carriers).toBe(2)
    expect(passage().counterparts[0]).toMatchObject({ documentId: 'copy', start: 0 })
    local.remove('copy')
    expect(passage().carriers).toBe(1)
    expect(alignDocument(local, local.get('002')!)).toEqual(alignDocument(index, index.get('002')!))
  })

  it('replaces a document added again under the same id', () => {
    const local = seedIndex()
    local.add('000', packedFingerprint(seed('000')))
    expect(local.size).toBe(5)
    expect(alignDocument(local, local.get('001')!)).toEqual(alignDocument(index, index.get('001')!))
  })

  it('finds the passages long documents share without comparing every sentence that shares a common word', () => {
    const local = new CorpusIndex()
    const filler = () => 'Negotiators met again in the capital and talked late into the night.'
    const shared = 'Witkoff confirmed on Thursday that there is a deadline for Hamas to release the hostages.\nThe envoy would not say when the deadline falls, nor what follows it.'
    // Every filler word is in 3,000 sentences of each document, far past the postings a rare term may have.
    const long = (at: number) => [...Array.from({ length: 3000 }, filler).slice(0, at), shared, ...Array.from({ length: 3000 }, filler).slice(at)].join('\n')
    local.add('a', packedFingerprint(long(10)))
    local.add('b', packedFingerprint(long(2500)))
    const { sentences } = alignDocument(local, local.get('a')!)
    const text = long(10)
    const found = sentences.find((passage) => text.slice(passage.start, passage.end).startsWith('Witkoff confirmed'))!
    expect(found.counterparts.map((c) => c.documentId)).toEqual(['b'])
    // The filler is the same in both, but made only of words too common to look it up by.
    expect(sentences.filter((passage) => passage.counterparts.length > 0)).toHaveLength(2)
  })
})

describe('links that need corroboration', () => {
  const deadline = 'Witkoff confirmed on Thursday that there is a deadline for Hamas to release the hostages.'
  const envoy = 'The envoy would not say when the deadline falls, nor what follows it.'
  const stock = 'A spokesman for the ministry did not respond to a request for comment on Monday.'
  const story = (...lines: string[]) => packedFingerprint(lines.join('\n'))
  /** Other news, so that one shared sentence is well under the fifth of a text that makes two documents related. */
  const markets = ['Markets fell sharply in Tokyo as exporters led the losses.', 'The yen strengthened against the dollar for a third day.', 'Analysts expect the central bank to hold rates in March.', 'Chipmakers dropped after weak quarterly forecasts.']
  const talks = ['Talks resume next week in Cairo under Egyptian auspices.', 'Mediators in Doha said little about the sequencing of releases.', 'Families of captives rallied outside the parliament building.', 'Negotiators hope a phased truce could hold through the holiday.']
  const weather = ['Rain is expected on the coast through Sunday.', 'Ferries will not sail while gales persist.', 'Farmers welcomed the downpour after a dry summer.', 'Flood warnings cover three river valleys.']

  it('links the sentences of two documents that share two of them, and not a lone shared sentence', () => {
    const local = new CorpusIndex()
    local.add('a', story(deadline, envoy, ...talks))
    local.add('b', story(...markets, envoy))
    local.add('c', story(deadline, envoy, 'Mediators met again on Sunday.'))
    const [first, second] = alignDocument(local, local.get('a')!).sentences
    expect(first!.counterparts.map((c) => c.documentId)).toEqual(['c'])
    // b shares only this sentence with a: it is not counted as b's counterpart of it.
    expect(second!.counterparts.map((c) => c.documentId)).toEqual(['c'])
    expect(second!.carriers).toBe(2)
  })

  it('learns furniture from the library: a sentence carried by two documents unrelated to this one has no counterparts', () => {
    const local = new CorpusIndex()
    local.add('a', story(deadline, envoy, stock, ...talks))
    local.add('b', story(deadline, envoy, stock))
    local.add('c', story(...markets, stock))
    local.add('d', story(...weather, stock))
    const sentences = alignDocument(local, local.get('a')!).sentences
    expect(sentences[0]!.counterparts.map((c) => c.documentId)).toEqual(['b'])
    expect(sentences[2]).toMatchObject({ furniture: 2, carriers: 1, counterparts: [] })
    local.remove('d')
    // With one unrelated carrier left, b's copy of it is a counterpart again.
    expect(alignDocument(local, local.get('a')!).sentences[2]).toMatchObject({ furniture: 1, carriers: 2 })
  })
})

describe('reuse', () => {
  it('says what share of a text’s words, weighed by rarity, another text holds', () => {
    const local = new CorpusIndex()
    // The first line is in both texts (five content words: "for" is a function word), the second in the first only (six).
    local.add('agency', packedFingerprint('Witkoff confirmed Thursday’s deadline for hostages.\nEgyptian mediators proposed Ramadan truce extension.'))
    local.add('paper', packedFingerprint('Witkoff confirmed Thursday’s deadline for hostages.\nMarkets tumbled across Asian exchanges overnight.'))
    const [reuse] = alignDocument(local, local.get('agency')!).reuse
    // idf is ln(1 + 2/2) for a word of both texts and ln(1 + 2/1) for a word of one: 5 shared words of 11.
    expect(reuse!.documentId).toBe('paper')
    expect(reuse!.share).toBeCloseTo((5 * Math.log(2)) / (5 * Math.log(2) + 6 * Math.log(3)), 6)
  })
})
