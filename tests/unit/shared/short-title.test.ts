import { describe, expect, it } from 'vitest'
import { shortTitle } from '../../../src/shared/short-title'

describe('shortTitle', () => {
  it('keeps a short headline whole', () => {
    expect(shortTitle('Trump and Netanyahu discuss')).toBe('Trump and Netanyahu discuss')
  })

  it('cuts a long headline between words, without the punctuation left hanging', () => {
    expect(shortTitle('Hamas rejects Trump threat, demands lasting truce for hostage release')).toBe('Hamas rejects Trump threat…')
    // The cut falls just after "action": the whole word stays.
    expect(shortTitle('Joint US-Israeli military action being considered against Hamas if hostages aren’t released')).toBe('Joint US-Israeli military action…')
  })

  it('cuts inside a text without spaces, counting characters rather than UTF-16 units', () => {
    expect(shortTitle('以色列与哈马斯停火谈判陷入僵局特朗普称哈马斯不想达成协议并表示以色列必须完成任务', 10)).toBe('以色列与哈马斯停火谈…')
    expect(shortTitle('𝐁𝐨𝐥𝐝𝐁𝐨𝐥𝐝𝐁𝐨𝐥𝐝', 4)).toBe('𝐁𝐨𝐥𝐝…')
  })
})
