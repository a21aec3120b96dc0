import { describe, expect, it } from 'vitest'
import { AppState } from '../../../../src/renderer/state/app-state.svelte'
import { fakeApi, highlight, readingAnswers } from './fake-api'

const TEXTS = { one: 'Talks stalled on Monday. A deadline was set.', two: 'Another text entirely.' }
const marked = highlight('h1', 'one', 25, 44)

function app() {
  const { api } = fakeApi(readingAnswers(TEXTS, { one: { documentId: 'one', note: '', highlights: [marked] } }))
  return new AppState(api)
}

describe('NavigationController', () => {
  it('opens a highlight with its card open and the reader taken to it', async () => {
    const state = app()
    await state.navigation.open('one', { highlightId: 'h1' })
    const pane = state.workspace.focused
    expect([pane.documentId, pane.active?.id, pane.reader.revealRequest]).toEqual(['one', 'h1', { start: 25, align: 'center' }])
  })

  it('opens another document in a pane at its top, with find closed and the card gone', async () => {
    const state = app()
    await state.navigation.open('one', { highlightId: 'h1' })
    const pane = state.workspace.focused
    pane.scrollOffset = 30
    pane.find.open = true
    await state.navigation.open('two')
    expect([pane.documentId, pane.scrollOffset, pane.find.open, pane.activeId]).toEqual(['two', 0, false, null])
  })

  it('shows a passage in the pane that has its document open, and marks it', async () => {
    const state = app()
    await state.navigation.open('one')
    await state.navigation.openBeside('two')
    await state.navigation.showPassage('one', 25, 44)
    const [left, right] = state.workspace.panes
    expect(state.workspace.focused).toBe(left)
    expect([left!.marked, left!.reader.revealRequest, right!.marked]).toEqual([{ start: 25, end: 44 }, { start: 25, align: 'center' }, null])
  })

  it('opens a fifth pane nowhere, and says why', async () => {
    const state = app()
    await state.navigation.open('one')
    for (let i = 0; i < 4; i++) await state.navigation.openBeside('two')
    expect(state.workspace.panes).toHaveLength(4)
    expect(state.notices.items.map((n) => n.text)).toEqual(['Four panes are open, the most Parallax shows. Close one to open another.'])
  })

  it('opens a parallax:// link at its passage, counting code points', async () => {
    const { api } = fakeApi(readingAnswers({ emoji: '😀 Then the passage.' }, {}))
    const state = new AppState(api)
    await state.navigation.openLink({ documentId: 'emoji', start: 2, end: 6 })
    // The emoji is one code point and two UTF-16 units.
    expect(state.workspace.focused.reader.revealRequest).toEqual({ start: 3, align: 'center' })
  })
})
