import { describe, expect, it } from 'vitest'
import { clusterQuotes, CorpusIndex, describeClusters, isShared, wordDiff, type DraftMember, type QuoteCluster } from '../../../../src/shared/analysis'
import { packedFingerprint, seed, seedIndex } from './seeds'

const clusters = describeClusters(clusterQuotes(seedIndex()), seed).filter(isShared)

/** The cluster with a member whose text includes `needle`. */
function clusterWith(needle: string): QuoteCluster {
  const found = clusters.find((cluster) => cluster.members.some((member) => member.text.includes(needle)))
  if (!found) throw new Error(`No cluster holds "${needle}"`)
  return found
}

function members(cluster: QuoteCluster): [string, string, string | null, string][] {
  return cluster.members.map((member) => [member.documentId, member.kind, member.speaker, member.text])
}

describe('quote clusters of the seeds', () => {
  it('finds four remarks carried by two outlets each, and no others', () => {
    expect(clusters).toHaveLength(4)
    expect(clusters.every((cluster) => cluster.documents === 2 && cluster.speaker === 'Trump')).toBe(true)
  })

  it('clusters “finish the job” in 000 and 001, with no difference in the words', () => {
    // 000 line 24 and 001 line 5.
    const cluster = clusterWith('finish the job')
    expect(members(cluster)).toEqual([
      ['000', 'quote', 'Trump', 'finish the job'],
      ['001', 'quote', 'Trump', 'finish the job.']
    ])
    expect(cluster.members[1]!.diff).toEqual([{ kind: 'same', text: 'finish the job', space: '' }])
  })

  it('clusters "Hamas never really wanted a deal" with "didn’t really want to make a deal" and shows what changed', () => {
    // 000 line 32 and 001 line 5.
    const cluster = clusterWith('never really wanted')
    expect(members(cluster)).toEqual([
      ['000', 'quote', 'Trump', 'Hamas never really wanted a deal. I think they’re about to be hunted down'],
      ['001', 'quote', 'Trump', 'didn’t really want to make a deal']
    ])
    expect(cluster.members[1]!.diff).toEqual([
      { kind: 'removed', text: 'Hamas never', space: '' },
      { kind: 'added', text: 'didn’t', space: ' ' },
      { kind: 'same', text: 'really', space: ' ' },
      { kind: 'removed', text: 'wanted', space: ' ' },
      { kind: 'added', text: 'want to make', space: ' ' },
      { kind: 'same', text: 'a deal', space: ' ' },
      { kind: 'removed', text: 'I think they’re about to be hunted down', space: '. ' }
    ])
    // Read as a person sees it, each part after its space: the words stay apart.
    expect(cluster.members[1]!.diff.map((part) => part.space + part.text).join('')).toBe(
      'Hamas never didn’t really wanted want to make a deal. I think they’re about to be hunted down'
    )
  })

  it('clusters 000’s “We’ll need to get rid of Hamas.” with the “get rid” of RT’s headline', () => {
    // 000 line 30 and 001 line 3.
    expect(members(clusterWith('get rid'))).toEqual([
      ['000', 'quote', 'Trump', 'We’ll need to get rid of Hamas.'],
      ['001', 'quote', 'Trump', 'get rid']
    ])
  })

  it('clusters the ultimatum quoted in 002 with 003’s report of it in other words', () => {
    // 002 line 11 quotes the post; 003 line 11 reports it: "Trump called on Hamas to immediately release all remaining hostages …".
    const cluster = clusterWith('Release all of the Hostages now')
    expect(members(cluster)).toEqual([
      ['002', 'quote', 'Trump', expect.stringMatching(/^Release all of the Hostages now, not later/)],
      ['003', 'paraphrase', 'Trump', expect.stringMatching(/^Trump called on Hamas to immediately release all remaining hostages/)]
    ])
    const kept = cluster.members[1]!.diff.filter((part) => part.kind === 'same').map((part) => part.text)
    expect(kept).toEqual(expect.arrayContaining(['release all', 'hostages', 'return', 'bodies of']))
  })

  it('keeps apart a remark that shares only "make a deal" with another', () => {
    // 000 line 26, "Hamas will never be willing to make a deal", is not 001's "didn’t really want to make a deal".
    const texts = clusters.flatMap((cluster) => cluster.members.map((member) => member.text))
    expect(texts.some((text) => text.includes('willing to make a deal'))).toBe(false)
  })
})

describe('wordDiff', () => {
  it('ignores case, curly apostrophes and punctuation', () => {
    expect(wordDiff('Didn’t really WANT.', "didn't really want")).toEqual([{ kind: 'same', text: "didn't really want", space: '' }])
  })

  it('keeps each part apart from the one before with the space or punctuation of its own version', () => {
    // A version that starts with a word the reference lacks: its first word has nothing before it in its own text.
    const parts = wordDiff('we will win, he said', 'Soon we will win')
    expect(parts).toEqual([
      { kind: 'added', text: 'Soon', space: '' },
      { kind: 'same', text: 'we will win', space: ' ' },
      { kind: 'removed', text: 'he said', space: ', ' }
    ])
  })

  it('puts a space between a removed word and an added one that starts its version', () => {
    expect(wordDiff('never again', 'always again')).toEqual([
      { kind: 'removed', text: 'never', space: '' },
      { kind: 'added', text: 'always', space: ' ' },
      { kind: 'same', text: 'again', space: ' ' }
    ])
  })
})

describe('describeClusters', () => {
  const member = (documentId: string, text: string): DraftMember => ({ documentId, start: 0, end: text.length, speaker: null, kind: 'quote', text, terms: 3 })

  it('lists quotes carried as widely by their words, whatever the random document ids', () => {
    const texts = { a: '“Zero hour,” he said', b: 'Another round of talks', c: '“finish the job”' }
    const order = (ids: [string, string, string]) =>
      describeClusters(
        [
          [member(ids[0], texts.a), member(ids[1], texts.a)],
          [member(ids[1], texts.b), member(ids[2], texts.b)],
          [member(ids[2], texts.c), member(ids[0], texts.c)],
          [member(ids[0], 'Carried by three'), member(ids[1], 'Carried by three'), member(ids[2], 'Carried by three')]
        ],
        () => ''
      ).map((cluster) => cluster.members[0]!.text)
    const expected = ['Carried by three', texts.b, texts.c, texts.a]
    expect(order(['d_1', 'd_2', 'd_3'])).toEqual(expected)
    expect(order(['d_9', 'd_5', 'd_7'])).toEqual(expected)
  })
})

describe('what is not one remark', () => {
  /** Documents of one paragraph each, as [id, text]; the clusters as sorted lists of their documents. */
  function clusteredDocuments(documents: [string, string][]): string[][] {
    const index = new CorpusIndex()
    for (const [id, text] of documents) index.add(id, packedFingerprint(text))
    return clusterQuotes(index)
      .map((members) => [...new Set(members.map((member) => member.documentId))].sort())
      .filter((documents) => documents.length > 1)
  }
  /** Unrelated stories, so that the words of a stock phrase are in many documents and those of a remark in few. */
  const others: [string, string][] = Array.from({ length: 12 }, (_, at) => [`other-${at}`, `Officials spoke on “Fox News Sunday” about budget item ${at}, and markets moved ${at} points.`])

  it('does not cluster a stock phrase that unrelated stories quote', () => {
    expect(clusteredDocuments(others)).toEqual([])
  })

  it('clusters a remark whose words are rare in the library', () => {
    const remark: [string, string][] = [
      ['a', 'Senator Jane Roe said: “The pipeline permit was rushed through without tribal consultation.”'],
      ['b', '“The pipeline permit was rushed through without tribal consultation,” Jane Roe said.']
    ]
    expect(clusteredDocuments([...others, ...remark])).toEqual([['a', 'b']])
  })

  it('does not cluster the same words from two speakers named in full', () => {
    const twice: [string, string][] = [
      ['a', '“The pipeline permit was rushed through without tribal consultation,” said Jane Roe.'],
      ['b', '“The pipeline permit was rushed through without tribal consultation,” said John Doe.']
    ]
    expect(clusteredDocuments([...others, ...twice])).toEqual([])
  })
})
