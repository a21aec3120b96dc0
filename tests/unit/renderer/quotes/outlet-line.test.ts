import { describe, expect, it } from 'vitest'
import { outletLine as parts } from '../../../../src/renderer/quotes/outlet-line'

/** The line as it reads. */
function outletLine(...args: Parameters<typeof parts>): string {
  const { head, names } = parts(...args)
  return names.length === 0 ? head : `${head}: ${names.join(', ')}`
}

const nyt = { key: 'nytimes.com', name: 'New York Times' }
const rt = { key: 'rt', name: 'RT' }

describe('outletLine', () => {
  it('counts the outlets of a quote, not its documents', () => {
    expect(outletLine([nyt, nyt, nyt])).toBe('1 outlet, 3 documents: New York Times')
    expect(outletLine([{ key: 'tjvnews.com', name: 'tjvnews.com' }, rt])).toBe('2 outlets: tjvnews.com, RT')
    expect(outletLine([nyt])).toBe('1 outlet: New York Times')
  })

  it('says how many documents name no outlet, without counting them as outlets', () => {
    expect(outletLine([rt, undefined, nyt, undefined])).toBe('2 outlets, 4 documents: RT, New York Times, 2 with no outlet')
    expect(outletLine([undefined, undefined])).toBe('2 documents, no outlet named')
  })
})
