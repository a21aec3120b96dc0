import { describe, expect, it } from 'vitest'
import { foldText, matchClauses, type WordMatch } from '../../../../src/shared/search'

const terms = (...list: string[]): WordMatch => ({ terms: list })

function matched(text: string, ...clauses: WordMatch[][]): string[] | null {
  const ranges = matchClauses(foldText(text), clauses)
  return ranges && ranges.map(({ start, end }) => text.slice(start, end))
}

describe('matchClauses', () => {
  it('finds every whole-word occurrence, never part of a word', () => {
    expect(matched('Hamas’s leaders; HAMAS. Hamasville', [terms('hamas')])).toEqual(['Hamas', 'HAMAS'])
  })

  it('finds a phrase whose words follow one another across punctuation, and not one whose words are apart', () => {
    expect(matched('to “finish the job.” Then', [terms('finish'), terms('the'), terms('job')])).toEqual(['finish the job'])
    expect(matched('finish, then the job', [terms('finish'), terms('the'), terms('job')])).toBeNull()
  })

  it('matches a prefix against any word it begins, and a word against any of its corrections', () => {
    expect(matched('Released after the release', [{ prefix: 'releas' }])).toEqual(['Released', 'release'])
    expect(matched('Netanyahu and Netanyah', [terms('netanyahu', 'netanyah')])).toEqual(['Netanyahu', 'Netanyah'])
  })

  it('takes letters of any script, digits and combining marks as parts of words, as the tokenizer does', () => {
    expect(matched('Αθήνα, 2024: Москва!', [terms('αθηνα'), terms('2024')], [terms('москва')])).toEqual(['Αθήνα, 2024', 'Москва'])
    expect(matched('𝐁old bold', [terms('bold')])).toEqual(['bold'])
  })

  it('needs every clause, and merges the ranges of clauses that overlap', () => {
    expect(matched('didn’t really', [terms('didn'), terms('t')], [terms('really')])).toEqual(['didn’t', 'really'])
    expect(matched('didn’t really', [terms('didn'), terms('t')], [terms('never')])).toBeNull()
    expect(matched('the job', [terms('the'), terms('job')], [terms('job')])).toEqual(['the job'])
  })

  it('finds words of Chinese and Thai, written without spaces, as whole words and never across two', () => {
    const text = '以色列总理周五表示，人质谈判已经破裂。'
    expect(matched(text, [terms('谈判')])).toEqual(['谈判'])
    expect(matched(text, [terms('人质'), terms('谈判')])).toEqual(['人质谈判'])
    expect(matched(text, [terms('质谈')])).toBeNull()
    expect(matched('นายกรัฐมนตรีกล่าวว่า', [terms('รัฐมนตรี')])).toEqual(['รัฐมนตรี'])
  })
})
