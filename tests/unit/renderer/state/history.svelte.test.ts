import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../../src/renderer/lib/api-client'
import { HistoryState } from '../../../../src/renderer/state/history.svelte'
import { NoticeState } from '../../../../src/renderer/state/notices.svelte'

function history() {
  const notices = new NoticeState()
  let refreshes = 0
  const state = new HistoryState(notices, async () => void refreshes++)
  return { state, notices, refreshes: () => refreshes }
}

describe('HistoryState', () => {
  it('records an edit, undoes and redoes it, says what it did, and has the views read again each time', async () => {
    const { state, notices, refreshes } = history()
    const done: string[] = []
    const result = await state.run(async () => ({
      result: 'made',
      entry: { label: 'Highlight', undo: async () => void done.push('undo'), redo: async () => void done.push('redo') }
    }))
    expect([result, state.canUndo, state.canRedo]).toEqual(['made', true, false])
    await state.undo()
    expect([state.canUndo, state.canRedo]).toEqual([false, true])
    await state.redo()
    expect(done).toEqual(['undo', 'redo'])
    expect(notices.items.map((n) => n.text)).toEqual(['Undid: highlight.', 'Redid: highlight.'])
    expect(refreshes()).toBe(2)
  })

  it('reports a refused edit in the back end’s words and records nothing', async () => {
    const { state, notices } = history()
    const result = await state.run(async () => {
      throw new ApiError({ code: 'conflict', message: 'The file is held by a newer Parallax.' })
    })
    expect([result, state.canUndo]).toEqual([null, false])
    expect(notices.items.map((n) => [n.kind, n.text])).toEqual([['error', 'The file is held by a newer Parallax.']])
  })

  it('reports an undo that failed, keeps the edit to undo again, and still reads the views again', async () => {
    const { state, notices, refreshes } = history()
    state.recordWhenDone(Promise.resolve({ label: 'Edit note', undo: async () => Promise.reject(new TypeError('fetch failed')), redo: async () => undefined }))
    await state.undo()
    expect(state.canUndo).toBe(true)
    expect(notices.items.map((n) => n.kind)).toEqual(['error'])
    expect(notices.items[0]!.text).toMatch(/could not reach its back end/)
    expect(refreshes()).toBe(1)
  })

  it('undoes an edit still being saved when undo is pressed, not the one before it', async () => {
    const { state } = history()
    const undone: string[] = []
    state.recordWhenDone(Promise.resolve({ label: 'Highlight', undo: async () => void undone.push('highlight'), redo: async () => undefined }))
    let saved = (): void => {}
    const note = new Promise<void>((resolve) => (saved = resolve))
    state.recordWhenDone(note.then(() => ({ label: 'Edit note', undo: async () => void undone.push('note'), redo: async () => undefined })))
    const undo = state.undo()
    saved()
    await undo
    expect(undone).toEqual(['note'])
  })
})
