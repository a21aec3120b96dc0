import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../../src/renderer/lib/api-client'
import { LatestAnswer } from '../../../../src/renderer/state/latest-answer.svelte'

describe('LatestAnswer', () => {
  it('shows only the answer to the latest request, even when an earlier one comes last', async () => {
    const answer = new LatestAnswer<string>()
    let finishSlow!: (value: string) => void
    const slow = answer.ask(() => new Promise<string>((resolve) => (finishSlow = resolve)))
    await answer.ask(async () => 'latest')
    finishSlow('overtaken')
    await slow
    expect(answer.value).toBe('latest')
  })

  it('says why the latest request failed, keeping the answer before it, until one succeeds', async () => {
    const answer = new LatestAnswer<string>()
    await answer.ask(async () => 'first')
    await answer.ask(async () => {
      throw new ApiError({ code: 'invalid-argument', message: 'No such tag.' })
    })
    expect([answer.value, answer.problem]).toEqual(['first', 'No such tag.'])
    await answer.ask(async () => 'again')
    expect([answer.value, answer.problem]).toEqual(['again', ''])
  })

  it('refuses a request that cannot be made, dropping any answer on its way', async () => {
    const answer = new LatestAnswer<string>()
    const pending = answer.ask(async () => 'too late')
    answer.refuse('Choose at least one document.')
    await pending
    expect([answer.value, answer.problem]).toEqual([null, 'Choose at least one document.'])
  })
})
