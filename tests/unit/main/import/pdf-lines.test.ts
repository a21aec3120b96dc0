import { describe, expect, it } from 'vitest'
import { pageLines, withoutRunningLines, type TextRun } from '../../../../src/main/import/pdf-lines'

/** A run of 10-point text whose width is its length times 5 points, about Helvetica's. */
function run(text: string, x: number, y: number, size = 10): TextRun {
  return { text, x, y, width: text.length * size * 0.5, size }
}

describe('pageLines', () => {
  it('joins the runs of one baseline (a raised note mark too), with a space where there was a gap, and splits them at a gap as wide as a gutter', () => {
    const lines = pageLines([run('officials', 119, 700), run('Negotiators said', 36, 700), run('The proposal', 230, 700), run('1', 164.5, 703, 6)])
    expect(lines.map((line) => line.text)).toEqual(['Negotiators said officials1', 'The proposal'])
  })
  it('splits at a gap narrower than that where it runs down three rows or more with text on both sides, a narrow gutter, but not at loose word spaces that line up on two rows only', () => {
    const gutter = [700, 688, 676].flatMap((y) => [run('left column line', 36, y), run('right', 128, y)])
    expect(pageLines(gutter).map((line) => line.text)).toEqual(['left column line', 'right', 'left column line', 'right', 'left column line', 'right'])
    // 9-point word spaces (a river down two loose lines) between tight lines, beside 10-point text.
    const river = [run('a tight line above it', 36, 700), run('loose', 36, 688), run('line', 70, 688), run('loose', 36, 676), run('line', 70, 676), run('a tight line under it', 36, 664)]
    expect(pageLines(river).map((line) => line.text)).toEqual(['a tight line above it', 'loose line', 'loose line', 'a tight line under it'])
  })
})

describe('withoutRunningLines', () => {
  const page = (n: number, body: TextRun[]) => ({ height: 800, runs: [run(`Annual report ${2020 + n}`, 36, 770, 8), ...body, run(`- ${n} -`, 200, 30, 8)] })

  it('leaves out a header that recurs with its numbers changed, and the page numbers, but keeps a title like the header in another size', () => {
    const pages = [
      page(1, [run('Annual report 2021', 36, 720, 18), run('The year began well.', 36, 690)]),
      page(2, [run('It ended well too.', 36, 720)]),
      page(3, [run('The end.', 36, 720)])
    ]
    expect(withoutRunningLines(pages).map((lines) => lines.map((line) => line.text))).toEqual([
      ['Annual report 2021', 'The year began well.'],
      ['It ended well too.'],
      ['The end.']
    ])
  })

  it('leaves out a chapter’s running head, which recurs on a few pages of many, at the same place', () => {
    const chapter = (title: string | null, body: string) => ({ height: 800, runs: [...(title ? [run(title, 36, 770, 8)] : []), run(body, 36, 720)] })
    const pages = [
      chapter(null, 'The methods.'),
      chapter('Chapter 1: Methods', 'It goes on.'),
      chapter(null, 'The results.'),
      chapter('Chapter 2: Results', 'Results follow.'),
      chapter('Chapter 2: Results', 'More results.'),
      chapter(null, 'Chapter 1: Methods')
    ]
    expect(withoutRunningLines(pages).map((lines) => lines.map((line) => line.text))).toEqual([
      ['The methods.'],
      ['Chapter 1: Methods', 'It goes on.'],
      ['The results.'],
      ['Results follow.'],
      ['More results.'],
      ['Chapter 1: Methods']
    ])
  })

  it('leaves out page numbers in their usual forms on a document of one page, and keeps a number in the body', () => {
    for (const number of ['3', 'Page 3', 'p. 3', '3 of 10', '3/10', 'iv', '— 3 —']) {
      const [lines] = withoutRunningLines([{ height: 800, runs: [run('A heading', 36, 760), run('12', 36, 400), run(number, 200, 30)] }])
      expect(lines!.map((line) => line.text), number).toEqual(['A heading', '12'])
    }
    // Words made of the letters of Roman numerals are not page numbers.
    const [lines] = withoutRunningLines([{ height: 800, runs: [run('civil', 200, 30)] }])
    expect(lines!.map((line) => line.text)).toEqual(['civil'])
  })
})
