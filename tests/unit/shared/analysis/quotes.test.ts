import { describe, expect, it } from 'vitest'
import { findBoilerplate, passagesOf } from '../../../../src/shared/analysis'
import { readQuotes } from '../../../../src/shared/analysis/quotes'
import { seed } from './seeds'

/** Each quotation of a text as [speaker, quoted words]. */
function quotesOf(text: string): [string | null, string][] {
  const { paragraphs } = passagesOf(text, findBoilerplate(text))
  return readQuotes(text, paragraphs).quotes.map((quote) => [quote.speaker, quote.text])
}

describe('readQuotes on the seeds', () => {
  it('finds 000’s quotations and who says each, through "he said" and "the Prime Minister wrote"', () => {
    expect(quotesOf(seed('000'))).toEqual([
      // Line 24: "President Trump declared … that the time had come to “finish the job”".
      ['Trump', 'finish the job'],
      // Line 26: "…,” Trump stated." and the quote that goes on after it.
      ['Trump', 'I’ve always said the most difficult part would be releasing the last 10 to 20 hostages'],
      ['Trump', 'Hamas blew up the deal. I’ve always said that when we get to the final hostages, Hamas will never be willing to make a deal.'],
      // Line 30: "…,” he declared." after "Trump’s comments were unambiguous"; then a quote with no attribution of its own.
      ['Trump', 'We’ve reached the point where the job against Hamas must be finished. The Israelis will have to fight and clear the area'],
      ['Trump', 'We’ll need to get rid of Hamas.'],
      // Line 32: "…,” he said" after "Trump alluded to imminent targeted assassinations".
      ['Trump', 'Hamas never really wanted a deal. I think they’re about to be hunted down'],
      // Line 34: "…,” Trump said".
      ['Trump', 'Macron’s call is irrelevant'],
      // Line 36: "…,” Netanyahu wrote in English on social media".
      ['Netanyahu', 'Special envoy to the Middle East, Steve Witkoff, was right. Hamas is the obstacle to the release of the hostages'],
      // Line 38: "…,” the Prime Minister wrote", after "Netanyahu added that …".
      [
        'Netanyahu',
        'Together with our American allies, we are currently considering alternative options to bring our hostages home, end Hamas’s reign of terror, and secure peace for Israel and our region'
      ],
      // Line 40: "…,” he posted on X" after "Finance Minister Bezalel Smotrich, … issued a pointed call", then his second quote.
      ['Bezalel Smotrich', 'The humiliating negotiation ceremony with terrorists is over'],
      ['Bezalel Smotrich', 'Now is the time for victory!'],
      // Line 56: a name in quotation marks, said by no one.
      [null, 'Phase IV']
    ])
  })

  it('finds 001’s quotations, including the headline’s "– Trump", and not the quoted word of its boilerplate', () => {
    expect(quotesOf(seed('001'))).toEqual([
      // Line 3: "Israel has to “get rid” of Hamas – Trump — RT World News".
      ['Trump', 'get rid'],
      // Line 5: "Trump asserted Hamas “…” and suggested the group’s leaders “…,” emphasizing Israel’s need to “…”".
      ['Trump', 'didn’t really want to make a deal'],
      ['Trump', 'want to die'],
      ['Trump', 'finish the job.'],
      // Line 7: "U.S. Special Envoy Steve Witkoff echoed Trump’s criticism, alleging Hamas displayed “…”".
      ['Steve Witkoff', 'a lack of desire to reach a ceasefire'],
      // Line 7: "Hamas, however, expressed surprise at Witkoff’s remarks, maintaining it had submitted a “final response”".
      ['Hamas', 'final response'],
      // Line 9: "The United Nations and aid groups describe the territory as grappling with a “man-made” famine": the
      // verb's subject is the sentence's, and the word is theirs.
      ['United Nations', 'man-made']
    ])
  })

  it('finds 002’s quotations, resolving "the president" and "he" to the name before them', () => {
    const quotes = quotesOf(seed('002'))
    expect(quotes).toContainEqual(['Trump', 'somebody']) // Line 3: "with President Trump saying “somebody”".
    expect(quotes).toContainEqual(['Steve Witkoff', 'jointly with the Israelis']) // Line 5: "Steve Witkoff, the US special envoy …, told reporters".
    expect(quotes).toContainEqual(['Trump', 'We’re going to find out']) // Line 7: "President Trump was later asked … the president replied".
    // Line 11: "The president is keeping the pressure on after he issued a threatening ultimatum … demanding they “…”".
    expect(quotes).toContainEqual([
      'Trump',
      'Release all of the Hostages now, not later, and immediately return all of the dead bodies of the people you murdered, or it is OVER for you.'
    ])
    expect(quotes).toContainEqual(['Trump', 'if you hold Hostages … you are DEAD!']) // Line 17: "He added that … and “…”".
    // Line 21: "…,” he said", after line 19's "Witkoff said Thursday".
    expect(quotes).toContainEqual(['Witkoff', 'If the dialogue doesn’t work, then the alternative is not such a good alternative for Hamas'])
    expect(quotes).toContainEqual([null, 'positive']) // Line 27: "being described as “positive,”", a passive with no speaker.
    expect(quotes).toContainEqual(['the prime minister’s office', 'We do not know of progress in talks on phase two']) // Line 35.
    expect(quotes).toHaveLength(11)
  })

  it('finds no quotations in 003 and 004, whose apostrophes are not quote marks', () => {
    expect(quotesOf(seed('003'))).toEqual([])
    // 004 line 39 opens a quote that never closes, and is boilerplate anyway.
    expect(quotesOf(seed('004'))).toEqual([])
  })
})

describe('readQuotes', () => {
  const read = (text: string) => quotesOf(text)

  it('reads straight double quotes and single quotes, but not apostrophes', () => {
    expect(read('"We will win," Smith said. The leaders’ plan is \'final\' now.')).toEqual([
      ['Smith', 'We will win'],
      ['Smith', 'final']
    ])
  })

  it('leaves a quote that does not close within its paragraph alone', () => {
    expect(read('He said “this never ends.\n\nAnother paragraph.')).toEqual([])
  })

  it('closes a curly mark with a straight one and a straight with a curly, as newsrooms’ copy mixes them', () => {
    expect(read('Liz Cheney spoke first.\n\n“For the record, I love my sister," Mary Cheney wrote.')).toEqual([['Mary Cheney', 'For the record, I love my sister']])
    expect(read('Mary Cheney replied. "Until then, he will serve,” she added.')).toEqual([['Mary Cheney', 'Until then, he will serve']])
    expect(read('""We have learned something," Mr. Blumenthal said.')).toEqual([['Blumenthal', 'We have learned something']])
  })

  it('reads „German“ and „Polish” marks, guillemets and Japanese corner brackets', () => {
    // Speakers are read from English attributions only.
    expect(read('Scholz sagte: „Wir schaffen das.“')).toEqual([[null, 'Wir schaffen das.']])
    expect(read('Tusk said „we will not yield” on Monday.')).toEqual([['Tusk', 'we will not yield']])
    expect(read('Macron a dit « nous irons » hier.')).toEqual([[null, 'nous irons']])
    expect(read('首相は「全力を尽くす」と述べた。')).toEqual([[null, '全力を尽くす']])
  })

  it('runs a quotation on to its paragraph’s end when the next paragraph opens with a quote mark, with the same speaker', () => {
    const text = 'Mr. Blumenthal told the group: "We owe them our support.\n\n"Whatever we call the war, we owe them," he went on.'
    expect(read(text)).toEqual([
      ['Blumenthal', 'We owe them our support.'],
      ['Blumenthal', 'Whatever we call the war, we owe them']
    ])
    expect(read('"We owe them our support.\n\nThe meeting ended.')).toEqual([])
  })

  it('takes the speaker after the verb too: “…,” said the foreign ministry', () => {
    expect(read('“We are ready,” said Jane Doe. “Talks go on,” said the foreign ministry.')).toEqual([
      ['Jane Doe', 'We are ready'],
      ['the foreign ministry', 'Talks go on']
    ])
  })
})

describe('speakers as newsrooms attribute them', () => {
  const speakers = (text: string) => quotesOf(text).map(([speaker]) => speaker)

  it('reads through an abbreviation’s period: “…,” Mr. Steele said', () => {
    expect(speakers('“It was the president who was trying to be cute,” Mr. Steele said on Friday.')).toEqual(['Steele'])
  })

  it('takes the name right after the verb, whatever follows it: “…,” said Trump in an interview', () => {
    expect(speakers('"I want to see the birth certificate," said Trump in an interview on NBC.')).toEqual(['Trump'])
  })

  it('reads past adverbs between subject and verb, and gives the next quote of the paragraph the same speaker', () => {
    expect(speakers('“I’ll end the war on religion,” Mr. Perry also says in the ad. “Faith made America strong.”')).toEqual(['Perry', 'Perry'])
  })

  it('takes a colon as the verb’s introduction: Biden responded: “…”', () => {
    expect(speakers('After the opening statements, Biden responded: "That is a bunch of malarkey."')).toEqual(['Biden'])
  })

  it('resolves "the Texas governor" to the person named before', () => {
    expect(speakers('Gov. Rick Perry of Texas released an ad on Tuesday.\n\n“Faith made America strong,” the Texas governor continues.')).toEqual(['Rick Perry'])
  })

  it('finds the speaker of a quote inside a sentence that reports speech: Lauten wrote in a post that they should “…”', () => {
    expect(speakers('Elizabeth Lauten wrote in a post on Friday that the girls should "try showing a little class" at events.')).toEqual(['Elizabeth Lauten'])
  })

  it('never takes a dateline or a party tag for a name', () => {
    expect(speakers('WASHINGTON — Hillary Clinton testified on Wednesday.\n\n“I take responsibility,” she said.')).toEqual(['Hillary Clinton'])
    expect(speakers('Rep. Dana Rohrabacher, R-Calif., said "any suggestion that this is a budget issue is off base."')).toEqual(['Dana Rohrabacher'])
  })

  it('never takes a place, a people or a sentence adverb for a speaker, nor "States" for a verb', () => {
    const washington = 'WASHINGTON -- President Barack Obama defended the programs on Friday, which troubled many Americans.'
    expect(speakers(`${washington}\n\n"The programs are secret," he said during a speech in San Jose, Calif.`)).toEqual(['Barack Obama'])
    expect(speakers('Akin spoke on Monday.\n\nInstead, the ad ran.\n\n“The mistake was in the words,” he said.')).toEqual(['Akin'])
    const both = '"I wish it were great," Trump said, but he also said jobs are leaving the United States and that Obama has been "a terrible president."'
    expect(speakers(both)).toEqual(['Trump', 'Trump'])
  })

  it('gives a verb with no subject of its own the sentence’s: “was quick to retort:”, “…, saying”, “stormed back and said,”', () => {
    expect(speakers('Biden was quick to retort: "That is a bunch of malarkey."')).toEqual(['Biden'])
    expect(speakers('Rick Santorum on Sunday tried to clarify his remark about a “phony theology,” saying he meant policy.')).toEqual(['Rick Santorum'])
    expect(speakers('After the reporter finished, Grimm stormed back, leaned in and said, "Never do that again."')).toEqual(['Grimm'])
    expect(speakers('Asked whether he meant Mr. Obama, Mr. Santorum did not back down, saying, “I meant the record.”')).toEqual(['Santorum'])
    expect(speakers('On Friday, the aide, Elizabeth Lauten, 31, wrote a letter, saying they should “try showing class.”')).toEqual(['Elizabeth Lauten'])
  })

  it('resolves a pronoun to the person the text last put forward, of the pronoun’s gender', () => {
    const host = 'Show host Meredith Vieira asked Trump about it, "Do you know this?"'
    expect(speakers(`${host}\n\nThe remarks prompted Vieira to press Trump. He replied, saying, "We will see."`)).toEqual(['Meredith Vieira', 'Trump'])
    expect(speakers('"I only care about the oil," Trump said.\n\nOf Obama, he said, "I want him to do well."')).toEqual(['Trump', 'Trump'])
    const perry = 'Perry has stepped up attacks on Obama. In a statement on Tuesday, he decried the Obama administration.'
    expect(speakers(`${perry}\n\n"This is an outrage," he said.`)).toEqual(['Perry'])
    const weiner = '“I feel terrible,” Mr. Weiner said.\n\nThe congressman also spoke of his wife, Huma Abedin, an aide to Hillary Clinton. “I protect my wife,” he told CNN.'
    expect(speakers(weiner)).toEqual(['Weiner', 'Weiner'])
  })
})
