import { describe, expect, it } from 'vitest'
import { DEFAULT_CATEGORIES, categoryMarks } from '../../../src/shared/categories'

const named = (...names: string[]) => names.map((name, i) => ({ id: `c${i}`, name, color: '#888888' }))

describe('categoryMarks', () => {
  it('gives the default categories their first letters, and two where a first letter is taken', () => {
    expect([...categoryMarks(DEFAULT_CATEGORIES).values()]).toEqual(['C', 'Q', 'F', 'Fr', 'S', 'Qu'])
  })

  it('tells apart categories that start alike, by initials, then two letters, then place', () => {
    expect([...categoryMarks(named('Claim', 'Category 7', 'Category 8', 'Counter claim', 'Ca', 'Cb')).values()]).toEqual(['C', 'C7', 'C8', 'CC', 'Ca', 'Cb'])
    expect([...categoryMarks(named('Ca', 'Ca x', 'Ca')).values()]).toEqual(['C', 'CX', 'Ca'])
  })

  it('takes a whole letter in any script', () => {
    expect([...categoryMarks(named('éclat', 'مصدر', 'ציטוט', '引用')).values()]).toEqual(['É', 'م', 'צ', '引'])
  })
})
