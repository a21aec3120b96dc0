import { describe, expect, it } from 'vitest'
import { readPushEvent } from '../../../../src/shared/contract/push-events'
import { parsePassageLink } from '../../../../src/shared/passage-link'

describe('push events', () => {
  it('pass on the menu commands and the passage links the main process sends', () => {
    expect(readPushEvent('menuCommand', 'import-folder')).toBe('import-folder')
    const link = parsePassageLink('parallax://open?doc=d_4f3c6d7b01fda092&start=427&end=443')
    expect(readPushEvent('openPassage', link)).toEqual({ documentId: 'd_4f3c6d7b01fda092', start: 427, end: 443 })
  })

  it.each([
    ['menuCommand', 'delete-everything'],
    ['menuCommand', { command: 'import' }],
    ['openPassage', { documentId: '../../etc/passwd', start: 1, end: 2 }],
    ['openPassage', { documentId: 'd_4f3c6d7b01fda092', start: 5, end: 2 }],
    ['openPassage', { documentId: 'd_4f3c6d7b01fda092', start: 1.5, end: 2 }],
    ['openPassage', { documentId: 'd_4f3c6d7b01fda092', start: 1, end: 2, html: '<img>' }],
    ['openPassage', null]
  ] as const)('drop a %s event carrying %j', (name, payload) => {
    expect(readPushEvent(name, payload)).toBeNull()
  })
})
