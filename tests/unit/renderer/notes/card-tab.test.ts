import { describe, expect, it } from 'vitest'
import { opensCard } from '../../../../src/renderer/notes/card-tab'

describe('opensCard', () => {
  it('brings the card forward when a highlight is picked in the focused pane, the one already open too', () => {
    expect(opensCard({ pane: 1, picks: 0 }, { pane: 1, picks: 1 })).toBe(true)
    expect(opensCard({ pane: 1, picks: 4 }, { pane: 1, picks: 5 })).toBe(true)
  })

  it('leaves the tab alone when another pane is focused, whatever was picked there before', () => {
    // A quote's version opened in the other pane, where a card is open: focus moves, nothing is picked.
    expect(opensCard({ pane: 1, picks: 0 }, { pane: 2, picks: 3 })).toBe(false)
    expect(opensCard({ pane: 2, picks: 3 }, { pane: 2, picks: 3 })).toBe(false)
  })
})
