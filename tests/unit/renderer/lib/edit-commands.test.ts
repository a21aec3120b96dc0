import { describe, expect, it } from 'vitest'
import type { Api } from '../../../../src/shared/contract/calls'
import { createHighlight, deleteHighlight, noteEdit, renameTag, setDocumentTags, updateHighlight } from '../../../../src/renderer/lib/edit-commands'
import { UndoStack } from '../../../../src/renderer/lib/undo-stack'
import { inProcessApi } from '../../../helpers/in-process-api'
import { tempDir } from '../../../helpers/temp-dir'

const PASSAGE = 'Hamas has dismissed the latest warning from President Donald Trump'

async function setup() {
  const api = await inProcessApi(await tempDir())
  const docs = await api.listDocuments({})
  const doc = docs.find((d) => d.sourceName.startsWith('003'))!
  const { text } = await api.openDocument({ id: doc.id })
  const start = text.indexOf(PASSAGE)
  const stack = new UndoStack()
  const highlights = async () => (await api.getAnnotations({ documentId: doc.id })).highlights
  return { api, doc, start, end: start + PASSAGE.length, stack, highlights }
}

async function highlightOnce(api: Api, documentId: string, start: number, end: number, stack: UndoStack) {
  const edit = await createHighlight(api, { documentId, start, end, categoryId: 'claim', tags: ['hamas'], note: 'first' })
  stack.push(edit.entry)
  return edit.result
}

describe('undo and redo of every kind of edit, against the real back end', () => {
  it('create', async () => {
    const { api, doc, start, end, stack, highlights } = await setup()
    const created = await highlightOnce(api, doc.id, start, end, stack)
    expect(await stack.undo()).toBe('Highlight')
    expect(await highlights()).toEqual([])
    expect(await stack.redo()).toBe('Highlight')
    expect(await highlights()).toEqual([created])
  })

  it('delete', async () => {
    const { api, doc, start, end, stack, highlights } = await setup()
    const created = await highlightOnce(api, doc.id, start, end, stack)
    stack.push((await deleteHighlight(api, created)).entry)
    expect(await highlights()).toEqual([])
    await stack.undo()
    expect(await highlights()).toEqual([created])
    await stack.redo()
    expect(await highlights()).toEqual([])
  })

  it.each([
    ['recolour', { categoryId: 'framing' }, 'Recolour'],
    ['retag', { tags: ['ceasefire', 'talks'] }, 'Retag'],
    ['note edit', { note: 'second thoughts' }, 'Edit note']
  ])('%s', async (_kind, patch, label) => {
    const { api, doc, start, end, stack, highlights } = await setup()
    const created = await highlightOnce(api, doc.id, start, end, stack)
    const edit = await updateHighlight(api, created, patch)
    stack.push(edit.entry)
    expect((await highlights())[0]).toMatchObject(patch)
    expect(await stack.undo()).toBe(label)
    const [undone] = await highlights()
    expect({ categoryId: undone!.categoryId, tags: undone!.tags, note: undone!.note }).toEqual({ categoryId: 'claim', tags: ['hamas'], note: 'first' })
    await stack.redo()
    expect((await highlights())[0]).toMatchObject(patch)
  })

  it('a note typed in one session, undone in one step', async () => {
    const { api, doc, stack } = await setup()
    const write = (note: string) => api.setDocumentNote({ documentId: doc.id, note })
    for (const draft of ['H', 'Ha', 'Hamas rejects']) await write(draft)
    stack.push(noteEdit(write, '', 'Hamas rejects'))
    await stack.undo()
    expect((await api.getAnnotations({ documentId: doc.id })).note).toBe('')
    await stack.redo()
    expect((await api.getAnnotations({ documentId: doc.id })).note).toBe('Hamas rejects')
  })

  it('document retag', async () => {
    const { api, doc, stack } = await setup()
    stack.push((await setDocumentTags(api, doc, ['wire copy'])).entry)
    await stack.undo()
    expect((await api.listDocuments({})).find((d) => d.id === doc.id)!.tags).toEqual([])
    await stack.redo()
    expect((await api.listDocuments({})).find((d) => d.id === doc.id)!.tags).toEqual(['wire copy'])
  })

  it('tag rename and merge', async () => {
    const { api, doc, start, end, stack, highlights } = await setup()
    await highlightOnce(api, doc.id, start, end, stack)
    stack.push((await setDocumentTags(api, doc, ['Gaza'])).entry)
    stack.push((await renameTag(api, 'hamas', 'Gaza')).entry)
    expect((await highlights())[0]!.tags).toEqual(['Gaza'])
    expect(await api.listTags({})).toEqual([{ tag: 'Gaza', highlights: 1, documents: 1 }])
    expect(await stack.undo()).toBe('Rename tag')
    expect((await highlights())[0]!.tags).toEqual(['hamas'])
    await stack.redo()
    expect((await highlights())[0]!.tags).toEqual(['Gaza'])
    await stack.undo()
    expect(await api.listTags({})).toEqual([
      { tag: 'Gaza', highlights: 0, documents: 1 },
      { tag: 'hamas', highlights: 1, documents: 0 }
    ])
  })

  it('a new edit clears what was undone, and an empty stack does nothing', async () => {
    const { api, doc, start, end, stack } = await setup()
    expect(await stack.undo()).toBeNull()
    const created = await highlightOnce(api, doc.id, start, end, stack)
    await stack.undo()
    expect(stack.canRedo).toBe(true)
    stack.push((await setDocumentTags(api, doc, ['x'])).entry)
    expect(stack.canRedo).toBe(false)
    expect(await stack.redo()).toBeNull()
    expect(created.id).toMatch(/^h_/)
  })
})
