import { describe, expect, it } from 'vitest'
import { RecentTexts } from '../../../../src/main/services/recent-texts'

/** A read that counts how often it ran. */
function counted(text: string) {
  const read = async () => {
    read.calls++
    return text
  }
  read.calls = 0
  return read
}

describe('RecentTexts', () => {
  it('reads a text once for reads at the same time and for later ones', async () => {
    const texts = new RecentTexts(100)
    const read = counted('hello')
    expect(await Promise.all([texts.get('a', read), texts.get('a', read)])).toEqual(['hello', 'hello'])
    expect(await texts.get('a', read)).toBe('hello')
    expect(read.calls).toBe(1)
  })

  it('lets go of the least recently asked for beyond its budget, never of the last one', async () => {
    const texts = new RecentTexts(10)
    const [a, b, c] = [counted('aaaa'), counted('bbbb'), counted('cccccccccccccccc')]
    await texts.get('a', a)
    await texts.get('b', b)
    await texts.get('a', a)
    // 4 + 4 fit; the 16 units of c do not, yet c is kept, and both others go.
    await texts.get('c', c)
    await texts.get('c', c)
    expect(c.calls).toBe(1)
    await texts.get('b', b)
    await texts.get('a', a)
    expect([a.calls, b.calls]).toEqual([2, 2])
  })

  it('counts only the texts it still keeps against the budget', async () => {
    const texts = new RecentTexts(10)
    const [a, b, c] = [counted('aaaaaa'), counted('bbbbbb'), counted('cccc')]
    await texts.get('a', a)
    // 6 + 6 is over 10: a goes. Then b and c, 6 + 4, fit together.
    await texts.get('b', b)
    await texts.get('c', c)
    await texts.get('b', b)
    await texts.get('c', c)
    expect([b.calls, c.calls]).toEqual([1, 1])
    await texts.get('a', a)
    expect(a.calls).toBe(2)
  })

  it('keeps no failed read, so the next one tries again', async () => {
    const texts = new RecentTexts(100)
    await expect(texts.get('a', () => Promise.reject(new Error('gone')))).rejects.toThrow('gone')
    expect(await texts.get('a', async () => 'back')).toBe('back')
  })
})
