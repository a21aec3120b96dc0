import { describe, expect, it } from 'vitest'
import { ApiError, UnreachableError } from '../../../../src/renderer/lib/api-client'
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

  it('reports an undo that got no answer, keeps the edit to undo again, and still reads the views again', async () => {
    const { state, notices, refreshes } = history()
    let answers = false
    const undone: string[] = []
    const undo = async () => {
      if (!answers) throw new UnreachableError(new TypeError('fetch failed'))
      undone.push('note')
    }
    state.recordWhenDone(Promise.resolve({ label: 'Edit note', undo, redo: async () => undefined }))
    await state.undo()
    expect(state.canUndo).toBe(true)
    expect(notices.items.map((n) => [n.kind, n.text])).toEqual([
      ['error', expect.stringMatching(/^Could not undo edit note: Parallax could not reach its back end\. .* It stays on the undo list to try again\.$/)]
    ])
    expect(refreshes()).toBe(1)
    answers = true
    await state.undo()
    expect([undone, state.canUndo, state.canRedo]).toEqual([['note'], false, true])
  })

  it('takes an edit whose target is gone off the list, so the undo below it is reached', async () => {
    const { state, notices } = history()
    const undone: string[] = []
    state.recordWhenDone(Promise.resolve({ label: 'Highlight', undo: async () => void undone.push('highlight'), redo: async () => undefined }))
    const gone = async () => Promise.reject(new ApiError({ code: 'not-found', message: 'That highlight no longer exists.' }))
    state.recordWhenDone(Promise.resolve({ label: 'Edit note', undo: gone, redo: async () => undefined }))
    await state.undo()
    expect(notices.items.at(-1)!.text).toBe('Could not undo edit note: That highlight no longer exists. It was taken off the undo list.')
    await state.undo()
    expect([undone, state.canUndo]).toEqual([['highlight'], false])
  })

  it('names a fault of the window itself as such, not as a back end out of reach', async () => {
    const { state, notices } = history()
    state.recordWhenDone(Promise.resolve({ label: 'Edit note', undo: async () => Promise.reject(new TypeError('x is undefined')), redo: async () => undefined }))
    await state.undo()
    expect(notices.items[0]!.text).toBe(
      'Could not undo edit note: Something went wrong in this window (x is undefined). What was saved before is on disk; reload the window if this repeats. It stays on the undo list to try again.'
    )
  })

  it('undoes twice when undo is pressed twice before the first is done', async () => {
    const { state } = history()
    const undone: string[] = []
    let release = (): void => {}
    const slow = new Promise<void>((resolve) => (release = resolve))
    state.recordWhenDone(Promise.resolve({ label: 'Highlight', undo: async () => void undone.push('highlight'), redo: async () => undefined }))
    state.recordWhenDone(Promise.resolve({ label: 'Edit note', undo: async () => slow.then(() => void undone.push('note')), redo: async () => undefined }))
    const first = state.undo()
    const second = state.undo()
    release()
    await Promise.all([first, second])
    expect([undone, state.canUndo]).toEqual([['note', 'highlight'], false])
  })

  it('undoes an edit still on its way to the back end when undo is pressed', async () => {
    const { state } = history()
    const undone: string[] = []
    let answer = (): void => {}
    const answered = new Promise<void>((resolve) => (answer = resolve))
    const made = state.run(async () => {
      await answered
      return { result: 'made', entry: { label: 'Highlight', undo: async () => void undone.push('highlight'), redo: async () => undefined } }
    })
    const undo = state.undo()
    answer()
    await Promise.all([made, undo])
    expect([undone, state.canRedo]).toEqual([['highlight'], true])
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
