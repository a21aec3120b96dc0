import { describe, expect, it } from 'vitest'
import { TakenTitles } from '../../../../src/main/services/taken-titles'

const doc = (title: string, outlet: string | null = null, date: string | null = null) => ({ title, outlet, date })

describe('TakenTitles', () => {
  it('keeps a title nobody has, compared without case', () => {
    const titles = new TakenTitles([doc('Chelsea sack Mutu', 'BBC Sport', '2004-11-01')])
    expect(titles.distinct(doc('Chelsea appoint Mourinho', 'BBC Sport'))).toBe('Chelsea appoint Mourinho')
    expect(titles.distinct(doc('CHELSEA SACK MUTU', 'BBC Sport', '2004-11-01'))).toBe('CHELSEA SACK MUTU (2)')
  })

  it('tells a taken title apart by the outlet where the outlets differ, else by the date, else by a number', () => {
    const titles = new TakenTitles([doc('Chelsea sack Mutu', 'BBC Sport', '2004-11-01')])
    expect(titles.distinct(doc('Chelsea sack Mutu', 'The Guardian', '2004-11-01'))).toBe('Chelsea sack Mutu (The Guardian)')
    expect(titles.distinct(doc('Chelsea sack Mutu', 'BBC Sport', '2004-11-02'))).toBe('Chelsea sack Mutu (2004-11-02)')
    expect(titles.distinct(doc('Chelsea sack Mutu', 'BBC Sport', '2004-11-01'))).toBe('Chelsea sack Mutu (2)')
    expect(titles.distinct(doc('Chelsea sack Mutu'))).toBe('Chelsea sack Mutu (2)')
  })

  it('numbers on when the outlet or date it would use is one another document of that title already has', () => {
    const titles = new TakenTitles([doc('Chelsea sack Mutu', 'BBC Sport'), doc('Chelsea sack Mutu (2)'), doc('Chelsea sack Mutu', 'The Guardian')])
    expect(titles.distinct(doc('Chelsea sack Mutu', 'The Guardian'))).toBe('Chelsea sack Mutu (3)')
    titles.add(doc('Chelsea sack Mutu (The Times)'))
    expect(titles.distinct(doc('Chelsea sack Mutu', 'The Times'))).toBe('Chelsea sack Mutu (3)')
  })
})
