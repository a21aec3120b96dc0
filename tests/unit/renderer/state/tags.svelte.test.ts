import { describe, expect, it } from 'vitest'
import type { DocumentSummary } from '../../../../src/shared/model'
import { AppState } from '../../../../src/renderer/state/app-state.svelte'
import { fakeApi, highlight, meta, names, readingAnswers } from './fake-api'

const DOCS: DocumentSummary[] = [meta('one', { tags: ['Talks'] }), meta('two'), meta('three')]

describe('TagsController', () => {
  it('narrows the library to documents carrying a tag themselves or on a highlight, whatever its case', async () => {
    const { api } = fakeApi({
      listDocuments: async () => DOCS,
      listHighlights: async ({ tag }) => (tag === 'talks' ? [highlight('h1', 'three', 0, 5, { tags: ['talks'] })] : [])
    })
    const app = new AppState(api)
    await app.library.load()
    await app.tags.filterBy('talks')
    expect(app.library.sorted.map((doc) => doc.id)).toEqual(['three', 'one'].sort())
    expect(app.highlights.filter.tag).toBe('talks')
    await app.tags.filterBy('')
    expect([app.library.sorted.length, app.library.filterTag, app.highlights.filter.tag]).toEqual([3, '', ''])
  })

  it('sets a document’s tags in the library and in every pane showing it, and undoes it', async () => {
    let stored = ['Talks']
    const { api } = fakeApi({
      ...readingAnswers({ one: 'Text.' }, {}),
      listDocuments: async () => DOCS.map((doc) => (doc.id === 'one' ? { ...doc, tags: stored } : doc)),
      setDocumentTags: async ({ documentId, tags }) => meta(documentId, { tags: (stored = tags) }),
      listTags: async () => stored.map((tag) => ({ tag, highlights: 0, documents: 1 }))
    })
    const app = new AppState(api)
    await app.library.load()
    await app.navigation.open('one')
    await app.navigation.openBeside('one')
    await app.tags.setForDocument(app.library.documents[0]!, ['Talks', 'ceasefire'])
    expect(app.workspace.panes.map((pane) => pane.reader.current?.meta.tags)).toEqual([
      ['Talks', 'ceasefire'],
      ['Talks', 'ceasefire']
    ])
    expect(app.library.documents[0]!.tags).toEqual(['Talks', 'ceasefire'])
    expect(app.tags.list.map((t) => t.tag)).toEqual(['Talks', 'ceasefire'])
    await app.history.undo()
    expect(stored).toEqual(['Talks'])
    expect(app.workspace.panes.map((pane) => pane.reader.current?.meta.tags)).toEqual([['Talks'], ['Talks']])
  })

  it('renames a tag and reads every view again', async () => {
    const { api, calls } = fakeApi({
      listDocuments: async () => DOCS,
      renameTag: async () => [{ documentId: 'one', highlightId: null, tags: ['Talks'] }],
      listTags: async () => [{ tag: 'negotiations', highlights: 0, documents: 1 }]
    })
    const app = new AppState(api)
    await app.tags.rename('Talks', 'negotiations')
    expect(names(calls)).toEqual(['renameTag', 'listDocuments', 'listTags'])
    expect(app.tags.list.map((t) => t.tag)).toEqual(['negotiations'])
    expect(app.history.canUndo).toBe(true)
  })
})
