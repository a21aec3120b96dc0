import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../../helpers/temp-dir'
import { boot, PASSAGE, rangeOf, withSeed } from './seeded-services'

describe('AnnotationService on a real data folder', () => {
  it('keeps a highlight, its tags and its note across a restart, in a file of its own document', async () => {
    const dir = await tempDir()
    const first = await withSeed(dir)
    const created = await first.annotations.create({ documentId: first.doc.id, ...rangeOf(first.text, PASSAGE), categoryId: 'quote', tags: ['#Trump ', 'trump', 'deal'], note: 'Compare with 000.' })
    expect(created.tags).toEqual(['Trump', 'deal'])
    expect(created.quote.exact).toBe(PASSAGE)
    const onDisk = JSON.parse(await readFile(join(dir, 'annotations', `${first.doc.id}.json`), 'utf8'))
    expect(onDisk.highlights).toHaveLength(1)

    const second = await boot(dir)
    const { highlights } = await second.annotations.forDocument(first.doc.id)
    expect(highlights).toHaveLength(1)
    const [restored] = highlights
    expect(restored).toMatchObject({ id: created.id, categoryId: 'quote', tags: ['Trump', 'deal'], note: 'Compare with 000.', orphan: null })
    expect(first.text.slice(restored!.range!.start, restored!.range!.end)).toBe(PASSAGE)
  })

  it('refuses an empty or out-of-range selection and an unknown category', async () => {
    const { annotations, doc, text } = await withSeed(await tempDir())
    await expect(annotations.create({ documentId: doc.id, start: 5, end: 5, categoryId: 'claim' })).rejects.toThrow(/Select some text/)
    await expect(annotations.create({ documentId: doc.id, start: 0, end: text.length + 1, categoryId: 'claim' })).rejects.toThrow(/Select some text/)
    await expect(annotations.create({ documentId: doc.id, start: 0, end: 5, categoryId: 'nope' })).rejects.toThrow(/no longer in the palette/)
  })

  it('restores a deleted highlight exactly as it was', async () => {
    const { annotations, doc, text } = await withSeed(await tempDir())
    const created = await annotations.create({ documentId: doc.id, ...rangeOf(text, PASSAGE), categoryId: 'claim', note: 'n' })
    const removed = await annotations.remove(doc.id, created.id)
    expect((await annotations.forDocument(doc.id)).highlights).toHaveLength(0)
    await annotations.restore(removed)
    const [back] = (await annotations.forDocument(doc.id)).highlights
    expect(back).toEqual(created)
  })

  it('re-anchors a highlight when its document text changes, and orphans it when its passage is gone', async () => {
    const dir = await tempDir()
    const { annotations, library, doc, text } = await withSeed(dir)
    const kept = await annotations.create({ documentId: doc.id, ...rangeOf(text, PASSAGE), categoryId: 'quote' })
    const lost = await annotations.create({ documentId: doc.id, ...rangeOf(text, 'Scroll to Top'), categoryId: 'framing' })
    const edited = `An editor's note added at the top.\n\n${text.replace('Scroll to Top', '')}`
    await library.replaceText(doc.id, edited)

    const reopened = await boot(dir)
    const { text: newText } = await reopened.library.open(doc.id)
    const { highlights } = await reopened.annotations.forDocument(doc.id)
    const moved = highlights.find((h) => h.id === kept.id)!
    expect(newText.slice(moved.range!.start, moved.range!.end)).toBe(PASSAGE)
    expect(moved.position.start).toBe(kept.position.start + "An editor's note added at the top.\n\n".length)
    expect(highlights.find((h) => h.id === lost.id)).toMatchObject({ orphan: 'not-found', range: null, quote: lost.quote })
  })

  it('moves the highlights to a new text in one explicit step, and a read alone writes nothing', async () => {
    const dir = await tempDir()
    const { annotations, library, doc, text } = await withSeed(dir)
    const kept = await annotations.create({ documentId: doc.id, ...rangeOf(text, PASSAGE), categoryId: 'quote' })
    const file = join(dir, 'annotations', `${doc.id}.json`)
    const preface = "An editor's note added at the top.\n\n"
    await library.replaceText(doc.id, preface + text)
    const untouched = await readFile(file, 'utf8')
    const [read] = (await annotations.forDocument(doc.id)).highlights
    expect(read!.position.start).toBe(kept.position.start + preface.length)
    expect(await readFile(file, 'utf8')).toBe(untouched)

    await annotations.reanchor(doc.id)
    const saved = JSON.parse(await readFile(file, 'utf8'))
    expect(saved.textHash).toBe(library.get(doc.id).textHash)
    expect(saved.highlights[0].position.start).toBe(kept.position.start + preface.length)
  })

  it('re-attaches an orphan to a passage the user picks', async () => {
    const { annotations, library, doc, text } = await withSeed(await tempDir())
    const lost = await annotations.create({ documentId: doc.id, ...rangeOf(text, 'Scroll to Top'), categoryId: 'framing' })
    await library.replaceText(doc.id, text.replace('Scroll to Top', 'Back to top'))
    expect((await annotations.forDocument(doc.id)).highlights[0]!.orphan).not.toBeNull()
    const { text: newText } = await library.open(doc.id)
    const attached = await annotations.reattach(doc.id, lost.id, ...Object.values(rangeOf(newText, 'Back to top')) as [number, number])
    expect(attached.orphan).toBeNull()
    expect(attached.quote.exact).toBe('Back to top')
  })

  it('lists highlights across the library by document, category and tag, in text order', async () => {
    const { annotations, library, doc, text } = await withSeed(await tempDir())
    const other = library.list().find((d) => d.sourceName.startsWith('002'))!
    const otherText = (await library.open(other.id)).text
    const late = await annotations.create({ documentId: doc.id, ...rangeOf(text, 'Scroll to Top'), categoryId: 'framing', tags: ['web'] })
    const early = await annotations.create({ documentId: doc.id, ...rangeOf(text, PASSAGE), categoryId: 'quote' })
    const elsewhere = await annotations.create({ documentId: other.id, ...rangeOf(otherText, 'Release all of the Hostages now'), categoryId: 'quote' })
    expect((await annotations.list({ documentId: doc.id })).map((h) => h.id)).toEqual([early.id, late.id])
    expect((await annotations.list({ categoryId: 'quote' })).map((h) => h.id).sort()).toEqual([early.id, elsewhere.id].sort())
    expect((await annotations.list({ tag: 'WEB' })).map((h) => h.id)).toEqual([late.id])
  })

  it('keeps a document note, and drops the annotations of a removed document', async () => {
    const dir = await tempDir()
    const { annotations, library, doc, text, handlers } = await withSeed(dir)
    await annotations.setDocumentNote(doc.id, '# My take\n\nRT leads with **escalation**.')
    await annotations.create({ documentId: doc.id, ...rangeOf(text, PASSAGE), categoryId: 'quote' })
    expect((await (await boot(dir)).annotations.forDocument(doc.id)).note).toBe('# My take\n\nRT leads with **escalation**.')
    await handlers.deleteDocument({ id: doc.id })
    expect(library.has(doc.id)).toBe(false)
    expect(await annotations.list({})).toEqual([])
  })
})

describe('concurrent edits', () => {
  it('keeps every one of many highlights created at once on a document never opened before', async () => {
    const dir = await tempDir()
    const { annotations, doc, text } = await withSeed(dir)
    const starts = [...text.matchAll(/Hamas/g)].map((m) => m.index)
    await Promise.all(starts.map((start) => annotations.create({ documentId: doc.id, start, end: start + 5, categoryId: 'claim' })))
    const reopened = await boot(dir)
    expect((await reopened.annotations.forDocument(doc.id)).highlights).toHaveLength(starts.length)
    expect(starts.length).toBeGreaterThan(3)
  })
})
