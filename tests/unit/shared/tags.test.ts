import { describe, expect, it } from 'vitest'
import { hasTag, normalizeTags, renameInTags, tagKey } from '../../../src/shared/tags'

describe('tag folding', () => {
  it('gives one key to a tag in any case', () => {
    expect(tagKey('Gaza')).toBe(tagKey('GAZA'))
    expect(tagKey('Ceasefire Talks')).toBe('ceasefire talks')
  })

  it('folds the dotted capital I as every locale but Turkish does, whatever the machine', () => {
    expect(tagKey('ID')).toBe('id')
  })

  it('finds a tag in a list ignoring case', () => {
    expect(hasTag(['Gaza', 'hostages'], 'gaza')).toBe(true)
    expect(hasTag(['Gaza', 'hostages'], 'HOSTAGES')).toBe(true)
    expect(hasTag(['Gaza'], 'Gaz')).toBe(false)
  })

  it('keeps the first spelling of a tag repeated in another case', () => {
    expect(normalizeTags(['#Gaza', 'gaza', ' GAZA ', 'talks'])).toEqual(['Gaza', 'talks'])
  })

  it('renames a tag in any case and merges it with the new name already there', () => {
    expect(renameInTags(['GAZA', 'Strip', 'talks'], 'gaza', 'strip')).toEqual(['strip', 'talks'])
  })
})
