import { describe, expect, it } from 'vitest'
import { byTextOrder } from '../../../src/shared/text-order'

const at = (id: string, start: number, end: number) => ({ id, position: { start, end } })

describe('text order', () => {
  it('puts the earlier start first', () => {
    expect([at('b', 40, 50), at('a', 10, 60)].sort(byTextOrder).map((h) => h.id)).toEqual(['a', 'b'])
  })

  it('puts an enclosing highlight before the one it encloses when both start together', () => {
    expect([at('inner', 10, 20), at('outer', 10, 80)].sort(byTextOrder).map((h) => h.id)).toEqual(['outer', 'inner'])
  })

  it('orders two highlights on the same passage by id, whatever order they came in', () => {
    expect([at('h2', 5, 9), at('h1', 5, 9)].sort(byTextOrder).map((h) => h.id)).toEqual(['h1', 'h2'])
    expect([at('h1', 5, 9), at('h2', 5, 9)].sort(byTextOrder).map((h) => h.id)).toEqual(['h1', 'h2'])
  })
})
