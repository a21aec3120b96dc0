import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, it, expect } from 'vitest'
import { countWords, extractMetadata, isProse } from '../../../src/shared/metadata'

const seedDir = fileURLToPath(new URL('../../../seeds/', import.meta.url))

/** Reads a seed the way the app stores it: LF line endings, NFC. */
function seed(name: string): string {
  return readFileSync(seedDir + name, 'utf8').replace(/\r\n?/g, '\n').normalize('NFC')
}

/**
 * A second, independent word count: whitespace tokens, further split at em/en dashes, slashes and
 * ellipses, keeping those with a letter or digit. It agrees with the regex count on all five seeds.
 */
function tokenCount(text: string): number {
  return text.split(/[\s—–/…]+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length
}

describe('extractMetadata on the seeds', () => {
  // `wc -w` on the raw files. It counts a dash standing alone and an NBSP-only line as words and
  // "Israel—and" as one, so it is only a sanity bound for the reader's count.
  const seeds = [
    {
      file: '000_12f1ada41714b1ad.txt',
      title: 'Trump Declares Final Push Against Hamas as Hostage Talks Collapse: Israeli Leadership Signals Shift Toward Total Victory',
      outlet: 'tjvnews.com',
      date: '2026-02-01',
      wc: 1013
    },
    {
      file: '001_6a5ddc4e634fb7b6.txt',
      title: 'Trump: Israel to Hunt Down Hamas as Ceasefire Talks Stall',
      outlet: 'RT',
      date: null,
      wc: 445
    },
    {
      file: '002_5eed4fed0e4492a9.txt',
      title: 'Joint US-Israeli military action being considered against Hamas if hostages aren’t released',
      outlet: null,
      date: null,
      wc: 546
    },
    {
      file: '003_4e0664ac42c67242.txt',
      title: 'Hamas rejects Trump threat, demands lasting truce for hostage release',
      outlet: null,
      date: null,
      wc: 705
    }
  ]

  for (const expected of seeds) {
    it(`reads ${expected.file}`, () => {
      const text = seed(expected.file)
      const meta = extractMetadata(text, expected.file)
      expect(meta.title).toBe(expected.title)
      expect(meta.outlet).toBe(expected.outlet)
      expect(meta.date).toBe(expected.date)
      expect(meta.wordCount).toBe(tokenCount(text))
      expect(Math.abs(meta.wordCount - expected.wc)).toBeLessThanOrEqual(expected.wc * 0.02)
    })
  }

  it('falls back to the opening sentence of 004, which has no headline', () => {
    const text = seed('004_b9058b3b0d63c9a3.txt')
    const meta = extractMetadata(text, '004_b9058b3b0d63c9a3.txt')
    expect(meta.title.startsWith('In a significant development impacting Middle East diplomacy')).toBe(true)
    expect(meta.title.endsWith('…')).toBe(true)
    expect(meta.title.length).toBeLessThanOrEqual(81)
    expect(meta.title).not.toContain('Critical Context')
    expect(meta.outlet).toBeNull()
    expect(meta.date).toBeNull()
    // wc -w gives 1163, counting the 12 list-item dashes and a stray "“`" at the end.
    expect(meta.wordCount).toBe(tokenCount(text))
    expect(meta.wordCount).toBe(1163 - 13)
  })
})

describe('title', () => {
  it('drops bidi overrides and isolates, which would show it reversed, and keeps them in the text', () => {
    const text = 'Leaked memo shows \u202Eterces pot\u202C plan for talks\n\nThe memo was sent on Friday.'
    expect(extractMetadata(text).title).toBe('Leaked memo shows terces pot plan for talks')
  })

  it('is "Untitled" for an empty text without a file name', () => {
    expect(extractMetadata('').title).toBe('Untitled')
    expect(extractMetadata(' \n\u00a0\n').title).toBe('Untitled')
  })

  it('is the file name without its extension when there is no usable text', () => {
    expect(extractMetadata('', 'notes.txt').title).toBe('notes')
    expect(extractMetadata('', 'dir/report.final.md').title).toBe('report.final')
  })

  it('skips a header that is all cruft, while still reading its outlet and date', () => {
    const text = [
      '17.5 F\n\ntjvnews.com\n\nSunday, February 1, 2026',
      'CLASSIFIED ADS\nDONATE\nRelated Articles\nMust read\nBy: Fern Sidman\n'
    ].join('\n')
    // 17 words: 2 + 1 + 4 + 2 + 1 + 2 + 2 + 3, line by line.
    const expected = { title: 'clip', outlet: 'tjvnews.com', date: '2026-02-01', wordCount: 17 }
    expect(extractMetadata(text, 'clip.txt')).toEqual(expected)
    expect(extractMetadata(text).title).toBe('Untitled')
  })

  it('keeps a short opening sentence whole', () => {
    const text = 'Hamas rejected the offer. Talks in Cairo will resume next week, officials said on Sunday.\n'
    expect(extractMetadata(text).title).toBe('Hamas rejected the offer.')
  })

  it('does not end the opening sentence at an abbreviation', () => {
    const text = 'Mr. Smith met U.S. officials in Doha. Then he flew home.\n'
    expect(extractMetadata(text).title).toBe('Mr. Smith met U.S. officials in Doha.')
  })

  it('skips a breadcrumb of short items before the headline', () => {
    const text = 'Skip to content\nHome\nNews | World | Middle East\n\nIsrael weighs its options after talks collapse\n\nBody.\n'
    expect(extractMetadata(text).title).toBe('Israel weighs its options after talks collapse')
  })

  it('takes a headline ending in an abbreviation’s period for a headline, and reads the outlet and date below it', () => {
    const text = 'Refund Checks Delayed for Late Filers, Says the I.R.S.\nnytimes.com\n2013-08-29\n\nWASHINGTON — Refunds will be late this year, officials said.\n'
    expect(extractMetadata(text)).toMatchObject({ title: 'Refund Checks Delayed for Late Filers, Says the I.R.S.', outlet: 'nytimes.com', date: '2013-08-29' })
  })

  it('keeps a short headline of two or three words rather than the opening sentence', () => {
    const text = 'Council cuts bins\n\nThe council has voted to collect household waste once a fortnight from April.\n'
    expect(extractMetadata(text).title).toBe('Council cuts bins')
  })

  it('still ends a body line at its last sentence’s period, a one-letter word or not', () => {
    expect(isProse('The vote was delayed until after the recess.')).toBe(true)
    expect(isProse('He said it was plan B.')).toBe(true)
    expect(isProse('Senators Question the Pick for the F.B.I.')).toBe(false)
    expect(isProse('Talks resume, officials say:')).toBe(true)
  })

  it('skips a city and a byline before the headline', () => {
    const text = 'New York\n\nBy Jane Doe\n\nCeasefire talks resume in Cairo after a pause\n\nNegotiators met on Sunday.\n'
    expect(extractMetadata(text).title).toBe('Ceasefire talks resume in Cairo after a pause')
  })
})

describe('outlet', () => {
  it('reads a "| BBC News" suffix and takes it off the title', () => {
    const meta = extractMetadata('Gaza ceasefire talks resume in Cairo | BBC News\n\nNegotiators met on Sunday.\n')
    expect(meta.title).toBe('Gaza ceasefire talks resume in Cairo')
    expect(meta.outlet).toBe('BBC News')
  })

  it('reads a "— Reuters" suffix on a page-title line below the headline', () => {
    const text = 'Talks resume in Cairo\n\nGaza ceasefire talks resume in Cairo — Reuters\n\nNegotiators met on Sunday.\n'
    expect(extractMetadata(text).outlet).toBe('Reuters')
  })

  it('does not take an en-dash speaker or lower-case words after a dash for an outlet', () => {
    expect(extractMetadata('Israel has to get rid of Hamas – Trump\n').outlet).toBeNull()
    expect(extractMetadata('Gaza talks resume in Cairo — what we know\n').outlet).toBeNull()
  })

  it('ignores photo credits and outlets named in prose', () => {
    const text = [
      'Witkoff says joint action is on the table',
      'Israel National News reported that the cabinet met on Sunday to weigh its options.',
      'U.S. special envoy Steve Witkoff told reporters Thursday. AP',
      'Anadolu via Getty Images',
      'Reuters'
    ].join('\n\n')
    expect(extractMetadata(text).outlet).toBeNull()
  })

  it('reads a bare domain line in the header only', () => {
    expect(extractMetadata('www.example.co.uk\n\nHeadline of the story here\n\nBody text.\n').outlet).toBe('example.co.uk')
    expect(extractMetadata('Headline of the story here\n\nBody text follows here.\n\nexample.org\n').outlet).toBeNull()
  })
})

describe('date', () => {
  const dateOf = (line: string): string | null => extractMetadata(`${line}\nA headline for this test\n\nBody text.\n`).date

  it('reads a date line in the common formats', () => {
    expect(dateOf('Sunday, February 1, 2026')).toBe('2026-02-01')
    expect(dateOf('February 1, 2026')).toBe('2026-02-01')
    expect(dateOf('1 February 2026')).toBe('2026-02-01')
    expect(dateOf('2026-02-01')).toBe('2026-02-01')
    expect(dateOf('Feb. 1, 2026')).toBe('2026-02-01')
    expect(dateOf('Sept 30, 2025')).toBe('2025-09-30')
    expect(dateOf('Published: March 3rd, 2025')).toBe('2025-03-03')
  })

  it('rejects dates the calendar does not have', () => {
    expect(dateOf('February 30, 2026')).toBeNull()
    expect(dateOf('February 29, 2026')).toBeNull()
    expect(dateOf('February 29, 2024')).toBe('2024-02-29')
    expect(dateOf('2026-13-01')).toBeNull()
    expect(dateOf('31 April 2026')).toBeNull()
    expect(dateOf('Monday, February 1, 2026')).toBeNull()
  })

  it('ignores a year mentioned in prose', () => {
    const text = 'Hamas rejects Trump threat\n\nHostages were taken during the October 7, 2023 attack, officials said.\n'
    expect(extractMetadata(text).date).toBeNull()
  })

  it('ignores a date line below the start of the body', () => {
    const text = 'A headline for this test\n\nThe body starts here and runs on.\n\nFebruary 1, 2026\n'
    expect(extractMetadata(text).date).toBeNull()
  })
})

describe('countWords', () => {
  it('counts words as a reader would', () => {
    expect(countWords('')).toBe(0)
    expect(countWords('didn’t')).toBe(1)
    expect(countWords("didn't stop")).toBe(2)
    expect(countWords('U.S.-Israeli')).toBe(1)
    expect(countWords('a 21-year-old hostage')).toBe(3)
    expect(countWords('nearly 1,200 deaths at 10:30')).toBe(5)
    expect(countWords('Israel—and its allies—may act')).toBe(6)
    expect(countWords('Hamas’ ruthlessness')).toBe(2)
    expect(countWords('Great news 🎉 👍🏽 👨‍👩‍👧 !')).toBe(2)
    expect(countWords('Café naïve São Paulo')).toBe(4)
  })

  it('counts Chinese and Thai, written without spaces, by their words', () => {
    expect(countWords('人质谈判已经破裂。')).toBe(4)
    expect(countWords('据报道，人质谈判 iPhone')).toBe(5)
    expect(countWords('นายกรัฐมนตรีกล่าว')).toBe(3)
  })

  it('handles a 5 MB text in linear time', () => {
    const paragraph = 'The U.S.-Israeli talks didn’t resume; 1,200 people waited — again. '
    const text = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length))
    const started = performance.now()
    const meta = extractMetadata(text)
    // About 0.2 s here; the bound only catches a return to quadratic segmenting (minutes).
    expect(performance.now() - started).toBeLessThan(3000)
    expect(meta.wordCount).toBe(countWords(paragraph) * (text.length / paragraph.length))
  })
})
