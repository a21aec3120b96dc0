import { describe, expect, it } from 'vitest'
import { AppState } from '../../../../src/renderer/state/app-state.svelte'
import { fakeApi, highlight, meta, readingAnswers } from './fake-api'

describe('DocumentsController', () => {
  it('shows edited details in the library and in every pane showing the document', async () => {
    const { api } = fakeApi({
      ...readingAnswers({ one: 'Text.' }, {}),
      listDocuments: async () => [meta('one')],
      updateDocumentMeta: async ({ id, patch }) => meta(id, { title: patch.title })
    })
    const app = new AppState(api)
    await app.library.load()
    await app.navigation.open('one')
    await app.navigation.openBeside('one')
    await app.documents.saveDetails('one', { title: 'Talks resume' })
    expect(app.workspace.panes.map((pane) => pane.reader.current?.meta.title)).toEqual(['Talks resume', 'Talks resume'])
    expect(app.library.documents[0]!.title).toBe('Talks resume')
    expect(app.notices.items.map((n) => n.text)).toEqual(['Details saved.'])
  })

  it('decodes a document again in every pane showing it, keeping the focus, and counts the highlights it could not place', async () => {
    let text = 'Caf\u00c3\u00a9 talks.'
    let highlights = [highlight('h1', 'one', 0, 5)]
    const { api } = fakeApi({
      ...readingAnswers({}, {}),
      openDocument: async ({ id }) => ({ meta: meta(id), text, length: text.length }),
      getAnnotations: async ({ documentId }) => ({ documentId, note: '', highlights }),
      redecodeDocument: async ({ id }) => {
        text = 'Café talks.'
        highlights = [{ ...highlights[0]!, orphan: 'not-found', range: null }]
        return meta(id)
      }
    })
    const app = new AppState(api)
    await app.navigation.open('one')
    await app.navigation.openBeside('one')
    const [left] = app.workspace.panes
    app.workspace.focus(left!)
    await app.documents.redecode('one', 'windows-1252')
    expect(app.workspace.panes.map((pane) => pane.reader.current?.text)).toEqual(['Café talks.', 'Café talks.'])
    expect(app.workspace.focused).toBe(left)
    expect(app.notices.items.map((n) => n.text)).toEqual(['Decoded as Western (Windows-1252). 1 highlights could not be placed; see Orphans.'])
  })

  it('empties the panes of a removed document and takes it out of the library', async () => {
    const { api } = fakeApi({
      ...readingAnswers({ one: 'Text.', two: 'Other.' }, {}),
      listDocuments: async () => [meta('one'), meta('two')],
      deleteDocument: async () => undefined,
      listTags: async () => []
    })
    const app = new AppState(api)
    await app.library.load()
    await app.navigation.open('one')
    await app.navigation.openBeside('two')
    await app.documents.remove('one', 'Document one')
    expect(app.workspace.panes.map((pane) => [pane.documentId, pane.reader.status])).toEqual([
      [null, 'empty'],
      ['two', 'ready']
    ])
    expect(app.library.documents.map((doc) => doc.id)).toEqual(['two'])
    expect(app.notices.items.map((n) => n.text)).toEqual(['Removed “Document one”.'])
  })
})
