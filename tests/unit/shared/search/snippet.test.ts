import { describe, expect, it } from 'vitest'
import { makeSnippet } from '../../../../src/shared/search'

function marked(snippet: { text: string; marks: { start: number; end: number }[] }): string[] {
  return snippet.marks.map(({ start, end }) => snippet.text.slice(start, end))
}

describe('makeSnippet', () => {
  it('keeps a short text whole, with its marks where they were', () => {
    const snippet = makeSnippet('Witkoff echoed Trump', [{ start: 0, end: 7 }])
    expect(snippet).toEqual({ text: 'Witkoff echoed Trump', marks: [{ start: 0, end: 7 }] })
  })

  it('cuts a long text at spaces around the first mark, with ellipses, and moves the marks with it', () => {
    const text = `${'word '.repeat(40)}Witkoff said ${'more '.repeat(60)}end`
    const start = text.indexOf('Witkoff')
    const snippet = makeSnippet(text, [{ start, end: start + 7 }], 100)
    expect(snippet.text.startsWith('…word ')).toBe(true)
    expect(snippet.text.endsWith(' more…')).toBe(true)
    expect(snippet.text.length).toBeLessThanOrEqual(102)
    expect(marked(snippet)).toEqual(['Witkoff'])
  })

  it('shows line breaks as spaces and drops marks outside the window', () => {
    const text = `Witkoff\nsaid ${'x '.repeat(200)}Witkoff`
    const snippet = makeSnippet(text, [{ start: 0, end: 7 }, { start: text.length - 7, end: text.length }], 60)
    expect(snippet.text.startsWith('Witkoff said')).toBe(true)
    expect(marked(snippet)).toEqual(['Witkoff'])
  })
})
