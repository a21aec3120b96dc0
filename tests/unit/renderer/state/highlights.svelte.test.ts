import { describe, expect, it } from 'vitest'
import type { Highlight } from '../../../../src/shared/model'
import { ApiError } from '../../../../src/renderer/lib/api-client'
import { AppState } from '../../../../src/renderer/state/app-state.svelte'
import { fakeApi, highlight, names, readingAnswers } from './fake-api'

const TEXT = 'Talks stalled on Monday. A deadline was set for Friday.'
const stored = highlight('h1', 'doc', 0, 24, { tags: ['talks'], note: 'First note.' })

/** The app with one document, open in two panes side by side, against a back end that keeps what it is sent. */
async function twoPanesOnOneDocument() {
  let saved: Highlight = stored
  const { api, calls } = fakeApi({
    ...readingAnswers({ doc: TEXT }, { doc: { documentId: 'doc', note: 'Read twice.', highlights: [stored] } }),
    updateHighlight: async ({ patch }) => ({ ...(saved = { ...saved, ...patch }), range: stored.range }),
    createHighlight: async ({ documentId, start, end, categoryId }) => highlight('h2', documentId, start, end, { categoryId }),
    deleteHighlight: async ({ id }) => ({ ...saved, id }),
    setDocumentNote: async () => undefined,
    listTags: async () => [{ tag: 'deadline', highlights: 1, documents: 0 }]
  })
  const app = new AppState(api)
  await app.navigation.open('doc')
  await app.navigation.openBeside('doc')
  const [left, right] = app.workspace.panes
  return { app, calls, left: left!, right: right! }
}

describe('HighlightsController', () => {
  it('gives two panes on one document one annotation state, each pane with its own open card', async () => {
    const { left, right } = await twoPanesOnOneDocument()
    expect(left.annotations).not.toBeNull()
    expect(right.annotations).toBe(left.annotations)
    left.activeId = 'h1'
    expect([left.active?.id, right.active]).toEqual(['h1', null])
  })

  it('shows a note, a tag and a category edited from one pane in the other', async () => {
    const { app, calls, left, right } = await twoPanesOnOneDocument()
    const current = () => left.annotations!.highlights[0]!
    const seen = () => right.annotations!.highlights.map(({ note, tags, categoryId }) => ({ note, tags, categoryId }))
    await app.highlights.writeNote(current(), 'Compare with the RT account.')
    expect(seen()).toEqual([{ note: 'Compare with the RT account.', tags: ['talks'], categoryId: 'claim' }])
    await app.highlights.update(current(), { tags: ['deadline'] })
    expect(seen()).toEqual([{ note: 'Compare with the RT account.', tags: ['deadline'], categoryId: 'claim' }])
    await app.highlights.update(current(), { categoryId: 'framing' })
    expect(seen()).toEqual([{ note: 'Compare with the RT account.', tags: ['deadline'], categoryId: 'framing' }])
    await app.highlights.writeDocumentNote('doc', 'Both accounts agree.')
    expect(right.annotations!.note).toBe('Both accounts agree.')
    // A new tag is in the suggestions at once; a new category is not a change of tags.
    expect(names(calls).filter((name) => name === 'listTags')).toHaveLength(1)
    expect(app.tags.list.map((t) => t.tag)).toEqual(['deadline'])
  })

  it('puts a new highlight in both panes and opens its card in the pane it was made in', async () => {
    const { app, left, right } = await twoPanesOnOneDocument()
    await app.highlights.create(right, 25, 55, 'quote')
    expect(left.annotations!.highlights.map((h) => h.id)).toEqual(['h1', 'h2'])
    expect([left.activeId, right.activeId]).toEqual([null, 'h2'])
    expect(app.history.canUndo).toBe(true)
  })

  it('takes a deleted highlight out of both panes and closes its card in each', async () => {
    const { app, left, right } = await twoPanesOnOneDocument()
    left.activeId = 'h1'
    right.activeId = 'h1'
    await app.highlights.remove(left.active!)
    expect(right.annotations!.highlights).toEqual([])
    expect([left.activeId, right.activeId]).toEqual([null, null])
    expect(app.notices.items.map((n) => n.text)).toEqual(['Highlight deleted. Ctrl+Z brings it back.'])
  })

  it('undoes a note session by writing the note it started from', async () => {
    const { app, calls, right } = await twoPanesOnOneDocument()
    await app.highlights.writeNote(stored, 'Second thoughts.')
    app.highlights.recordNoteSession(stored, Promise.resolve({ before: 'First note.', after: 'Second thoughts.' }))
    calls.length = 0
    await app.history.undo()
    const write = calls.find((call) => call.name === 'updateHighlight')
    expect(write?.input).toEqual({ documentId: 'doc', id: 'h1', patch: { note: 'First note.' } })
    expect(right.annotations!.highlights[0]!.note).toBe('First note.')
    expect(app.notices.items.map((n) => n.text)).toEqual(['Undid: edit note.'])
  })

  it('reports a refused edit in one sentence and records nothing to undo', async () => {
    const { api } = fakeApi({
      ...readingAnswers({ doc: TEXT }, {}),
      createHighlight: async () => {
        throw new ApiError({ code: 'invalid-argument', message: 'A highlight cannot be empty.' })
      }
    })
    const app = new AppState(api)
    await app.navigation.open('doc')
    await app.highlights.create(app.workspace.focused, 3, 3, 'claim')
    expect(app.notices.items.map((n) => [n.kind, n.text])).toEqual([['error', 'A highlight cannot be empty.']])
    expect(app.history.canUndo).toBe(false)
  })
})
