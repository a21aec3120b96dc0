import { describe, expect, it } from 'vitest'
import { fingerprintText } from '../../../../src/shared/analysis/fingerprint'
import { packFingerprint } from '../../../../src/shared/analysis/packed-fingerprint'
import { SEEDS } from './seeds'

describe('packFingerprint', () => {
  it('keeps every sentence’s span, terms in order and speaker, with each distinct term listed once', () => {
    for (const text of SEEDS.values()) {
      const { sentences, ...rest } = fingerprintText(text)
      const packed = packFingerprint({ sentences, ...rest })
      expect(packed.rest).toEqual(rest)
      expect(new Set(packed.terms).size).toBe(packed.terms.length)
      const unpacked = sentences.map((_, index) => ({
        start: packed.sentences[index * 3],
        end: packed.sentences[index * 3 + 1],
        paragraph: packed.sentences[index * 3 + 2],
        terms: [...packed.termIds.subarray(packed.termStarts[index], packed.termStarts[index + 1])].map((id) => packed.terms[id]),
        speaker: new Map(packed.reported).get(index) ?? null
      }))
      expect(unpacked).toEqual(sentences)
      expect(packed.termStarts[sentences.length]).toBe(packed.termIds.length)
    }
  })

  it('lists the terms of "Talks resume. Talks end." as the two sentences first use them', () => {
    const packed = packFingerprint(fingerprintText('Talks resume. Talks end.'))
    expect(packed.terms).toEqual(['talk', 'resum', 'end'])
    expect([...packed.termIds]).toEqual([0, 1, 0, 2])
    expect([...packed.termStarts]).toEqual([0, 2, 4])
  })
})
