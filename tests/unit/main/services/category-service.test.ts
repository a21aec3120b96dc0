import { describe, expect, it } from 'vitest'
import { tempDir } from '../../../helpers/temp-dir'
import { boot, PASSAGE, rangeOf, withSeed } from './seeded-services'

describe('CategoryService', () => {
  it('recolours and renames a category, adds one, and refuses to delete one in use', async () => {
    const dir = await tempDir()
    const { categories, annotations, doc, text } = await withSeed(dir)
    await categories.save({ id: 'claim', name: 'Assertion', color: '#AA0000' })
    const added = await categories.save({ name: 'Loaded word', color: '#00aa00' })
    expect(added.at(-1)).toEqual({ id: 'loaded-word', name: 'Loaded word', color: '#00aa00' })
    await expect(categories.save({ name: 'assertion', color: '#000000' })).rejects.toThrow(/already a category named “Assertion”/)
    await annotations.create({ documentId: doc.id, ...rangeOf(text, PASSAGE), categoryId: 'loaded-word' })
    await expect(annotations.removeCategory('loaded-word')).rejects.toThrow(/1 highlight uses this category/)
    await annotations.removeCategory('question')
    const reopened = await boot(dir)
    expect(reopened.categories.list().map((c) => c.name)).toEqual(['Assertion', 'Quote', 'Figure', 'Framing', 'Source', 'Loaded word'])
    expect(reopened.categories.list()[0]!.color).toBe('#aa0000')
  })
})
