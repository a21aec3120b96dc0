import { describe, expect, it } from 'vitest'
import type { DataNotice } from '../../../../src/shared/model'
import { DataNotices } from '../../../../src/renderer/state/data-notices'
import { NoticeState } from '../../../../src/renderer/state/notices.svelte'
import { fakeApi } from './fake-api'

const RECOVERED: DataNotice = {
  kind: 'recovered',
  file: 'catalog.json',
  problem: 'not-json',
  movedTo: 'damaged/catalog.json',
  restoredFrom: null,
  message: 'The catalog could not be read and was started empty.'
}
const RELOADED: DataNotice = { kind: 'reloaded', file: 'catalog.json', message: 'Another program changed the catalog; Parallax took it in.' }
const HELD: DataNotice = { kind: 'held', file: 'annotations/one.json', message: 'A newer Parallax wrote this file.' }

function watcher(answers: DataNotice[][]) {
  const notices = new NoticeState()
  let refreshes = 0
  let asked = 0
  const { api, calls } = fakeApi({
    listDataNotices: async () => answers[Math.min(asked++, answers.length - 1)]!,
    useOwnCopy: async () => 'damaged/one.json'
  })
  const dataNotices = new DataNotices({ api, notices, refreshAll: async () => void refreshes++ })
  return { dataNotices, notices, calls, refreshes: () => refreshes }
}

describe('DataNotices', () => {
  it('shows each notice once, and reads the views again only when a file was taken in or held', async () => {
    const { dataNotices, notices, refreshes } = watcher([[RECOVERED], [RECOVERED], [RECOVERED, RELOADED]])
    await dataNotices.check()
    expect(refreshes()).toBe(0)
    await dataNotices.check()
    await dataNotices.check()
    expect(notices.items.map((n) => [n.kind, n.text])).toEqual([
      ['error', RECOVERED.message],
      ['info', RELOADED.message]
    ])
    expect(refreshes()).toBe(1)
  })

  it('keeps a held file’s notice until the user chooses this Parallax’s copy', async () => {
    const { dataNotices, notices, calls } = watcher([[HELD]])
    await dataNotices.check()
    const [held] = notices.items
    expect(held?.heldFile).toBe('annotations/one.json')
    await dataNotices.useOwnCopy(held!.id, held!.heldFile!)
    expect(calls.at(-1)).toEqual({ name: 'useOwnCopy', input: { file: 'annotations/one.json' } })
    expect(notices.items.map((n) => n.text)).toEqual(['Parallax put its own copy in place; the newer file is now damaged/one.json.'])
  })
})
