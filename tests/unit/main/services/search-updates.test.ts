import { describe, expect, it } from 'vitest'
import { SearchService } from '../../../../src/main/services/search-service'
import { tempDir } from '../../../helpers/temp-dir'
import { seededSearch } from './seeded-search'
import { PASSAGE, rangeOf, withSeed } from './seeded-services'

const QUOTE = 'Steve Witkoff echoed Trump’s criticism'

/** The seeds, with one highlight on 001 carrying a note and a tag, indexed after the edit as the app will do it. */
async function withHighlight() {
  const setup = await seededSearch()
  const doc = setup.seed('001')
  const text = await setup.textOf(doc.id)
  const start = text.indexOf(QUOTE)
  const highlight = await setup.annotations.create({
    documentId: doc.id,
    start,
    end: start + QUOTE.length,
    categoryId: 'quote',
    note: 'Compare with the palimpsest of envoy statements.',
    tags: ['Brinkmanship']
  })
  await setup.search.annotationsChanged(doc.id)
  return { ...setup, doc, text, highlight }
}

describe('SearchService keeping up with changes', () => {
  it('finds a note and a tag once the annotation edit is reported, and forgets the old note after the next', async () => {
    const { search, annotations, doc, highlight } = await withHighlight()
    const [note] = (await search.search({ text: 'palimpsest' })).groups
    expect(note).toMatchObject({ documentId: doc.id, hitCount: 1 })
    expect(note!.hits[0]).toMatchObject({ kind: 'note', highlightId: highlight.id, range: highlight.range })
    const [tag] = (await search.search({ text: 'brinkmanship' })).groups
    expect(tag!.hits[0]).toMatchObject({ kind: 'tag', highlightId: highlight.id, snippet: { text: 'Brinkmanship' } })

    await annotations.update(doc.id, highlight.id, { note: 'Later cross-checked.' })
    expect((await search.search({ text: 'palimpsest' })).groups).toHaveLength(1)
    await search.annotationsChanged(doc.id)
    expect((await search.search({ text: 'palimpsest' })).groups).toEqual([])
    expect((await search.search({ text: 'cross-checked' })).groups).toHaveLength(1)
  })

  it('finds the annotations already there when it builds its index at start', async () => {
    const { library, annotations, doc, highlight } = await withHighlight()
    const restarted = new SearchService(library, annotations)
    const [group] = (await restarted.search({ text: 'palimpsest Witkoff' })).groups
    expect(group).toBeUndefined()
    const hits = (await restarted.search({ text: 'Witkoff', documentId: doc.id })).groups[0]!.hits
    expect(hits.find((h) => h.kind === 'highlight')).toMatchObject({ highlightId: highlight.id, range: { start: highlight.range!.start + 6 } })
    expect((await restarted.search({ text: 'palimpsest' })).groups[0]!.hits[0]).toMatchObject({ kind: 'note', range: highlight.range })
  })

  it('finds a highlight’s quote, pointing at the match inside the highlight', async () => {
    const { search, doc, text, highlight } = await withHighlight()
    const group = (await search.search({ text: 'Witkoff', documentId: doc.id })).groups[0]!
    const quoted = group.hits.find((h) => h.kind === 'highlight')!
    expect(quoted.highlightId).toBe(highlight.id)
    expect(text.slice(quoted.range!.start, quoted.range!.end)).toBe('Witkoff')
    expect(quoted.range!.start).toBe(highlight.range!.start + 'Steve '.length)
  })

  it('follows a new title, a new text that moves the highlight, and the highlight’s deletion', async () => {
    const { search, library, annotations, doc, text, highlight } = await withHighlight()
    await library.updateMeta(doc.id, { title: 'Envoy remarks, annotated' })
    await search.documentChanged(doc.id)
    expect((await search.search({ text: 'annotated' })).groups[0]!.hits[0]).toMatchObject({ kind: 'title', range: null })
    expect((await search.search({ text: 'Hunt', documentId: doc.id })).groups[0]!.hits.map((h) => h.kind)).toEqual(['text'])

    const preface = 'An editor’s preface.\n\n'
    await library.replaceText(doc.id, preface + text)
    await search.documentChanged(doc.id)
    const moved = (await search.search({ text: 'palimpsest' })).groups[0]!.hits[0]!
    expect(moved.range).toEqual({ start: highlight.range!.start + preface.length, end: highlight.range!.end + preface.length })

    await annotations.remove(doc.id, highlight.id)
    await search.annotationsChanged(doc.id)
    expect((await search.search({ text: 'palimpsest' })).groups).toEqual([])
    expect((await search.search({ text: 'Witkoff', documentId: doc.id })).groups[0]!.hits.map((h) => h.kind)).toEqual(['text'])
  })

  it('filters by document, outlet, tag, category and notes', async () => {
    const { search, found, seed, highlight } = await withHighlight()
    expect(await found({ text: 'Witkoff', documentId: seed('002').id })).toEqual(['002'])
    expect(await found({ text: 'Hamas', outlet: 'rt' })).toEqual(['001'])
    const tagged = await search.search({ text: 'Witkoff', tag: 'BRINKMANSHIP' })
    expect(tagged.groups.flatMap((g) => g.hits.map((h) => [h.kind, h.highlightId]))).toEqual([['highlight', highlight.id]])
    expect(await found({ text: 'Witkoff', categoryId: 'quote' })).toEqual(['001'])
    expect(await found({ text: 'Witkoff', categoryId: 'claim' })).toEqual([])
    const notes = await search.search({ text: 'envoy', notesOnly: true })
    expect(notes.groups.flatMap((g) => g.hits.map((h) => h.kind))).toEqual(['note'])
  })

  it('indexes a document’s own tags, and a tag filter keeps every hit in a document that carries it', async () => {
    const { search, library, found, seed } = await seededSearch()
    await library.setTags(seed('003').id, ['ceasefire-watch'])
    await search.documentChanged(seed('003').id)
    expect(await found('ceasefire-watch')).toEqual(['003'])
    expect(await found({ text: 'Hamas', tag: 'Ceasefire-Watch' })).toEqual(['003'])
  })

  it('adds, changes and removes documents as they come and go, accents and all', async () => {
    const { search, library, found, seed, textOf } = await seededSearch()
    const text = 'Envoy Steve Witkoff met Señor Müller in Zürich.\n'
    const [added] = await library.addMany([{ name: 'extra.txt', bytes: new TextEncoder().encode(text), text }])
    const id = 'added' in added! ? added.added.id : ''
    await search.documentAdded(id)
    expect((await found('Witkoff')).sort()).toEqual(['000', '001', '002', 'extra.txt'])
    const [group] = (await search.search({ text: 'zurich' })).groups
    expect(group!.hits.map((h) => h.kind)).toEqual(['title', 'text'])
    expect(text.slice(group!.hits[1]!.range!.start, group!.hits[1]!.range!.end)).toBe('Zürich')

    const first = seed('000').id
    await library.remove(first)
    await search.documentRemoved(first)
    const second = seed('002').id
    await library.replaceText(second, (await textOf(second)).replaceAll('Witkoff', 'the envoy'))
    await search.documentChanged(second)
    expect((await found('Witkoff')).sort()).toEqual(['001', 'extra.txt'])
  })

  it('cuts a long paragraph into passages and still points at the match, after curly quotes and accents', async () => {
    const { search, library } = await seededSearch()
    const sentence = 'The envoy’s “détente” plan was discussed at length by the négociateurs. '
    const text = `Long Paragraph\n\n${sentence.repeat(60)}Finally Zanzibar was named.\n`
    const [added] = await library.addMany([{ name: 'long.txt', bytes: new TextEncoder().encode(text), text }])
    const id = 'added' in added! ? added.added.id : ''
    await search.documentAdded(id)
    const [group] = (await search.search({ text: 'zanzibar' })).groups
    const range = group!.hits[0]!.range!
    expect(text.slice(range.start, range.end)).toBe('Zanzibar')
    const inText = (await search.search({ text: 'detente plan', documentId: id })).groups[0]!.hits.filter((h) => h.kind === 'text')
    expect(inText.length).toBeGreaterThan(1)
    for (const hit of inText) expect(text.slice(hit.range!.start, hit.range!.end)).toBe('détente')
  })

  it('follows the library and its annotations by itself from boot on, until it is shut down', async () => {
    const services = await withSeed(await tempDir())
    const { search, annotations, library, doc, text } = services
    await search.build()
    await annotations.create({ documentId: doc.id, ...rangeOf(text, PASSAGE), categoryId: 'quote', note: 'A zanzibarian remark.' })
    await library.updateMeta(doc.id, { title: 'Envoy remarks, annotated' })
    expect((await search.search({ text: 'zanzibarian' })).groups.map((group) => group.documentId)).toEqual([doc.id])
    expect((await search.search({ text: 'annotated' })).groups.map((group) => group.documentId)).toEqual([doc.id])

    await services.shutdown()
    await annotations.setDocumentNote(doc.id, 'A quixotic aside.')
    expect((await search.search({ text: 'quixotic' })).groups).toEqual([])
  })
})
