import { describe, expect, it } from 'vitest'
import type { QuoteCluster } from '../../../../src/shared/analysis/types'
import { DEFAULT_EXPORT_CHOICES } from '../../../../src/shared/export/types'
import type { Settings } from '../../../../src/shared/model'
import { NoticeState } from '../../../../src/renderer/state/notices.svelte'
import { QuotesState } from '../../../../src/renderer/state/quotes.svelte'
import { fakeApi, names } from './fake-api'

const cluster = (id: string, documents: number): QuoteCluster => ({ id, speaker: null, documents, members: [] })
const SHARED = [cluster('a', 2)]
const ALL = [cluster('a', 2), cluster('b', 1)]

function quotesWith(settings: Partial<Settings>) {
  const saved: Partial<Settings>[] = []
  const { api, calls } = fakeApi({
    getSettings: async () => ({ theme: 'system', importLimitMb: 50, quotesSharedOnly: true, export: DEFAULT_EXPORT_CHOICES, ...settings }),
    updateSettings: async (change) => {
      saved.push(change)
      return { theme: 'system', importLimitMb: 50, quotesSharedOnly: true, export: DEFAULT_EXPORT_CHOICES, ...change }
    },
    listQuotes: async ({ sharedOnly }) => (sharedOnly ? SHARED : ALL)
  })
  return { quotes: new QuotesState(api, new NoticeState()), calls, saved }
}

describe('QuotesState', () => {
  it('lists with the filter as last saved', async () => {
    const { quotes, calls } = quotesWith({ quotesSharedOnly: false })
    await quotes.list()
    expect(quotes.sharedOnly).toBe(false)
    expect(quotes.clusters.value).toEqual(ALL)
    await quotes.list()
    // The settings are read once; the quotes each time.
    expect(names(calls)).toEqual(['getSettings', 'listQuotes', 'listQuotes'])
  })

  it('lists again under a new filter and saves it', async () => {
    const { quotes, saved } = quotesWith({})
    await quotes.list()
    expect(quotes.clusters.value).toEqual(SHARED)
    await quotes.setSharedOnly(false)
    expect(quotes.clusters.value).toEqual(ALL)
    expect(saved).toEqual([{ quotesSharedOnly: false }])
  })
})
