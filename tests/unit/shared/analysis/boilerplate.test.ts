import { describe, expect, it } from 'vitest'
import { findBoilerplate } from '../../../../src/shared/analysis'
import { seed } from './seeds'

/** Each boilerplate span as [reason, its text], the way a reader would see what is folded. */
function folded(text: string): [string, string][] {
  return findBoilerplate(text).map((span) => [span.reason, text.slice(span.start, span.end)])
}

describe('findBoilerplate on the seeds', () => {
  it('folds the site header and widgets above 000’s article and the comment section below it, keeping the headline', () => {
    const text = seed('000')
    expect(folded(text)).toEqual([
      // Lines 1–10: the weather, the city, the domain, the date and the site menu, above the headline.
      ['header', '17.5 F\nNew York\n\ntjvnews.com\n\nSunday, February 1, 2026\nCLASSIFIED ADS\nLEGAL NOTICE\nDONATE\nSUBSCRIBE'],
      // Lines 14–18: widget headings and the audio player.
      ['header', 'Related Articles\n\nMust read\n\nGetting your Trinity Audio player ready...'],
      // Line 22, after a line holding only a no-break space: the byline, kept out of the comparison but not folded.
      ['byline', 'By: Fern Sidman'],
      // Lines 66–78: "2 COMMENTS", the two readers' comments, the reply form and "Latest article".
      ['comments', text.slice(text.indexOf('2 COMMENTS'), text.indexOf('Latest article') + 'Latest article'.length)]
    ])
    // Line 12, the headline, stays.
    const headline = text.indexOf('Trump Declares Final Push')
    expect(findBoilerplate(text).some((span) => span.start <= headline && headline < span.end)).toBe(false)
  })

  it('folds the comment section’s readers’ comments of 000 whole', () => {
    const [, , , comments] = folded(seed('000'))
    expect(comments?.[1]).toContain('Hopefully we are done with the posturing')
    expect(comments?.[1]).toContain('LEAVE A REPLY\n\nPlease enter your comment!\nPlease enter your name here')
  })

  it('folds RT’s list of other stories and its comment form at the foot of 001, and nothing above', () => {
    const text = seed('001')
    // Lines 13–31: "Recent News", four headlines of other stories, "Leave a Comment", the form line, "Scroll to Top".
    expect(folded(text)).toEqual([['other-stories', text.slice(text.indexOf('Recent News'), text.indexOf('Scroll to Top') + 13)]])
  })

  it('folds 002’s picture captions and credits, and its "Related Posts" foot', () => {
    expect(folded(seed('002'))).toEqual([
      // Lines 13 and 15: a caption ending in the agency credit "AP", then the credit line "Anadolu via Getty Images".
      [
        'caption',
        'U.S. special envoy Steve Witkoff told reporters Thursday that US action Israelis could be taken with Israel against Hamas. AP\n\nAnadolu via Getty Images'
      ],
      // Line 31: a caption ending "MOHAMMED SABER/EPA-EFE/Shutterstock".
      [
        'caption',
        'Fighters from Hamas’ Izz ad-Din al-Qassam Brigades escort Israeli hostage Eliya Cohen before handing him over to the Red Cross in Al Nusairat refugee camp, central Gaza Strip on Feb. 22. MOHAMMED SABER/EPA-EFE/Shutterstock'
      ],
      // Lines 41–44: "Related Posts", an empty line, and the pop-up's "This will close in 0 seconds".
      ['other-stories', 'Related Posts\n\n\nThis will close in 0 seconds']
    ])
  })

  it('folds 003 from "Check Also" to the comment form, and keeps its mid-article subheadings', () => {
    const text = seed('003')
    // Lines 33–41: "Check Also", a teaser for a story on Iran, "Leave a Reply" and the form line.
    expect(folded(text)).toEqual([['other-stories', text.slice(text.indexOf('Check Also')).trimEnd()]])
    // Line 9 is a subheading of the article itself.
    expect(text.slice(0, text.indexOf('Check Also'))).toContain('Trump Issues Final Threat as Pressure Mounts')
  })

  it('folds only the stray “` that ends 004', () => {
    // Line 39: an opening quote and a backtick left over from the page, no words.
    expect(folded(seed('004'))).toEqual([['furniture', '“`']])
  })
})

describe('findBoilerplate', () => {
  const paragraph = 'The minister said the talks would resume on Monday after officials from both sides met in Geneva.'

  it('does not cut an article at a "Related Posts" widget in its first half', () => {
    const text = ['A headline about the talks in Geneva', paragraph, 'Related Posts', paragraph, paragraph, paragraph].join('\n\n')
    expect(folded(text)).toEqual([['furniture', 'Related Posts']])
  })

  it('folds everything after a comment heading, wherever it is once the article has begun', () => {
    const text = ['A headline about the talks in Geneva', paragraph, '12 Comments', paragraph, paragraph, paragraph].join('\n\n')
    expect(findBoilerplate(text)).toEqual([{ start: text.indexOf('12 Comments'), end: text.length, reason: 'comments' }])
  })

  it('folds a share bar’s buttons and a link to another story among the paragraphs, not prose that starts alike', () => {
    const lines = ['Share via email', paragraph, 'Read more: Geneva talks stall over the timetable', 'Related to the talks, a vote is due.', 'Print']
    expect(folded(['A headline about the talks in Geneva', ...lines].join('\n\n'))).toEqual([
      ['header', 'Share via email'],
      ['furniture', 'Read more: Geneva talks stall over the timetable'],
      ['furniture', 'Print']
    ])
  })

  it('finds nothing in plain prose', () => {
    expect(findBoilerplate(`${paragraph}\n\n${paragraph}`)).toEqual([])
  })
})
