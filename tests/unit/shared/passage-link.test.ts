import { describe, expect, it } from 'vitest'
import { passageLink } from '../../../src/shared/export'
import { parsePassageLink } from '../../../src/shared/passage-link'

describe('passage links', () => {
  it('reads back the link the export writes', () => {
    expect(parsePassageLink(passageLink('d_4f3c6d7b01fda092', 427, 443))).toEqual({ documentId: 'd_4f3c6d7b01fda092', start: 427, end: 443 })
  })

  it.each([
    'https://open?doc=d_4f3c6d7b01fda092&start=1&end=2',
    'parallax://delete?doc=d_4f3c6d7b01fda092&start=1&end=2',
    'parallax://open?doc=../../etc&start=1&end=2',
    'parallax://open?doc=d_4f3c6d7b01fda092&start=5&end=2',
    'parallax://open?doc=d_4f3c6d7b01fda092&start=-1&end=2',
    'parallax://open?doc=d_4f3c6d7b01fda092&start=1.5&end=2',
    'not a url'
  ])('refuses %s', (raw) => {
    expect(parsePassageLink(raw)).toBeNull()
  })
})
