import { describe, expect, it } from 'vitest'
import { parseQuery, type QueryClause } from '../../../../src/shared/search'

/** A clause as its terms, with `*` after a prefix and `!` after a quoted word. */
function shape(clauses: QueryClause[]): string[][] {
  return clauses.map((clause) => clause.map((w) => `${w.term}${w.prefix ? '*' : ''}${w.exact ? '!' : ''}`))
}

describe('parseQuery', () => {
  it('makes each plain word a clause, folded, with the last one a prefix while it is typed', () => {
    expect(shape(parseQuery('Hostage Reléase'))).toEqual([['hostage'], ['release*']])
  })

  it('ends the prefix at a space or punctuation after the last word', () => {
    expect(shape(parseQuery('hostage release '))).toEqual([['hostage'], ['release']])
    expect(shape(parseQuery('hostage release.'))).toEqual([['hostage'], ['release']])
  })

  it('reads text between quotes, straight or curly, as one phrase matched as written', () => {
    expect(shape(parseQuery('"finish the job" Hamas'))).toEqual([['finish!', 'the!', 'job!'], ['hamas*']])
    expect(shape(parseQuery('“finish the job”'))).toEqual([['finish!', 'the!', 'job!']])
  })

  it('reads Chinese typed without spaces as a phrase of its words', () => {
    expect(shape(parseQuery('人质谈判 '))).toEqual([['人质', '谈判']])
  })

  it('treats a quote left open as a phrase still being typed', () => {
    expect(shape(parseQuery('"finish the jo'))).toEqual([['finish!', 'the!', 'jo*!']])
  })

  it('turns a word that folds into several into a phrase of them', () => {
    expect(shape(parseQuery("didn't US-Israeli "))).toEqual([
      ['didn', 't'],
      ['us', 'israeli']
    ])
    expect(shape(parseQuery('U.S.'))).toEqual([['u', 's']])
  })

  it('leaves out a last word of one letter while it is typed, unless it is the whole query', () => {
    expect(shape(parseQuery('hostage r'))).toEqual([['hostage']])
    expect(shape(parseQuery('didn’t'))).toEqual([['didn']])
    expect(shape(parseQuery('"finish the j'))).toEqual([['finish!', 'the!']])
    expect(shape(parseQuery('h'))).toEqual([['h']])
  })

  it('finds nothing to look for in blanks and punctuation', () => {
    expect(parseQuery('  "" … ')).toEqual([])
  })
})
