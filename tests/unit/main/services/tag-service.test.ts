import { describe, expect, it } from 'vitest'
import { tempDir } from '../../../helpers/temp-dir'
import { boot, PASSAGE, rangeOf, withSeed } from './seeded-services'

describe('TagService', () => {
  it('counts tags on highlights and documents, and renames or merges a tag everywhere, with undo', async () => {
    const dir = await tempDir()
    const { annotations, library, tags, doc, text } = await withSeed(dir)
    const other = library.list().find((d) => d.id !== doc.id)!
    const a = await annotations.create({ documentId: doc.id, ...rangeOf(text, PASSAGE), categoryId: 'quote', tags: ['ultimatum', 'Trump'] })
    await library.setTags(other.id, ['Ultimatum'])
    await library.setTags(doc.id, ['threat'])
    expect(await tags.list()).toEqual([
      { tag: 'threat', highlights: 0, documents: 1 },
      { tag: 'Trump', highlights: 1, documents: 0 },
      { tag: 'ultimatum', highlights: 1, documents: 1 }
    ])

    const changes = await tags.rename('ultimatum', 'threat')
    expect(changes).toHaveLength(2)
    expect((await annotations.forDocument(doc.id)).highlights[0]!.tags).toEqual(['threat', 'Trump'])
    expect(library.get(other.id).tags).toEqual(['threat'])
    expect(await tags.list()).toEqual([
      { tag: 'threat', highlights: 1, documents: 2 },
      { tag: 'Trump', highlights: 1, documents: 0 }
    ])

    await tags.restore(changes)
    const reopened = await boot(dir)
    expect((await reopened.annotations.forDocument(doc.id)).highlights[0]!.tags).toEqual(a.tags)
    expect(reopened.library.get(other.id).tags).toEqual(['Ultimatum'])
  })
})
