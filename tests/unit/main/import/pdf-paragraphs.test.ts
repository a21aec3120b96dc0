import { describe, expect, it } from 'vitest'
import type { Line } from '../../../../src/main/import/pdf-lines'
import { paragraphs } from '../../../../src/main/import/pdf-paragraphs'
import { readingOrder } from '../../../../src/main/import/pdf-reading-order'

/** Lines of 10-point text set 12 points apart from `top` down, at `x`, each `width` points wide unless given. */
function column(texts: (string | [string, number, number?])[], x: number, top: number, width = 160): Line[] {
  return texts.map((entry, index) => {
    const [text, lineWidth, indent] = typeof entry === 'string' ? [entry, width, 0] : entry
    return { text, x0: x + (indent ?? 0), x1: x + (indent ?? 0) + lineWidth, y: top - 12 * index, size: 10 }
  })
}

describe('readingOrder', () => {
  it('reads a title across the page first, then the left column to its foot, then the right', () => {
    const title: Line = { text: 'Title', x0: 36, x1: 380, y: 760, size: 18 }
    const left = column(['left one', 'left two', 'left three'], 36, 720)
    const right = column(['right one', 'right two'], 220, 720)
    expect(readingOrder([...right, title, ...left]).map((line) => line.text)).toEqual(['Title', 'left one', 'left two', 'left three', 'right one', 'right two'])
  })
})

describe('paragraphs', () => {
  it('starts a paragraph at an indented first line, and after a short last line, when the lines are evenly spaced', () => {
    const lines = column([['First paragraph starts', 150, 10], 'and goes on to its end.', ['Short.', 40], 'Then a second one.', ['Third, indented', 150, 10], 'and its last line.'], 36, 700)
    expect(paragraphs(lines)).toEqual(['First paragraph starts and goes on to its end. Short.', 'Then a second one.', 'Third, indented and its last line.'])
  })

  it('makes each list item a paragraph, its lines hanging under its text joined to it', () => {
    const lines = column(['The features are:', '• On-line structure management', ['that needs no code.', 150, 10], ['• Off-line management.', 100], '2) Numbered, and', ['wrapped.', 50, 15]], 36, 700)
    expect(paragraphs(lines)).toEqual(['The features are:', '• On-line structure management that needs no code.', '• Off-line management.', '2) Numbered, and wrapped.'])
  })

  it('joins a word hyphenated across lines, keeps the hyphen of a compound and drops a soft hyphen', () => {
    const lines = column(['The exam-', 'ple of Franco-', 'German talks and nego\u00AD', 'tiations.'], 36, 700)
    expect(paragraphs(lines)).toEqual(['The example of Franco-German talks and negotiations.'])
  })

  it('keeps the hyphen of a compound broken at it, where the text writes the compound elsewhere', () => {
    const lines = column(['A well-known case, well-', 'known to all, and a cease-', 'fire.'], 36, 700)
    expect(paragraphs(lines)).toEqual(['A well-known case, well-known to all, and a ceasefire.'])
  })

  it('goes on from a column’s foot to the next column’s top, unless the last line was short', () => {
    const on = [...column(['A paragraph that', 'runs on into the'], 36, 100), ...column(['next column.'], 220, 700)]
    expect(paragraphs(on)).toEqual(['A paragraph that runs on into the next column.'])
    const ended = [...column(['A paragraph that', ['ends.', 30]], 36, 100), ...column(['Another begins.'], 220, 700)]
    expect(paragraphs(ended)).toEqual(['A paragraph that ends.', 'Another begins.'])
  })
})
