import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { DocumentMeta, Highlight } from '../../../../src/shared/model'
import type { ExportDocument, ExportOptions } from '../../../../src/shared/export'

export const EXPORTED_AT = '2026-02-01T12:00:00.000Z'
export const OPTIONS: ExportOptions = { group: 'document', exportedAt: EXPORTED_AT }
const SEEDS = join(__dirname, '../../../../seeds')
const TIME = '2026-01-31T09:00:00.000Z'

export function seedText(index: number): string {
  const name = readdirSync(SEEDS).sort()[index]
  if (name === undefined) throw new Error(`No seed ${index}`)
  return readFileSync(join(SEEDS, name), 'utf8')
}

export function meta(id: string, title: string, extra: Partial<DocumentMeta> = {}): DocumentMeta {
  return {
    id, title, author: null, outlet: null, date: null, url: null, wordCount: 0, tags: [], sourceName: `${id}.txt`,
    sourceHash: 'h', textHash: 't', encoding: null, addedAt: TIME, updatedAt: TIME, ...extra
  }
}

type HighlightSpec = Partial<Omit<Highlight, 'position' | 'quote'>> & { passage: string }

/**
 * A highlight on a passage of `text`, found by indexOf. The seeds have no characters outside
 * the Basic Multilingual Plane, so these UTF-16 offsets are also the code point offsets a
 * Highlight stores (the test checks that).
 */
export function highlight(text: string, documentId: string, id: string, spec: HighlightSpec): Highlight {
  const start = text.indexOf(spec.passage)
  if (start < 0) throw new Error(`Passage not in ${documentId}: ${spec.passage}`)
  const end = start + spec.passage.length
  const { passage, ...rest } = spec
  return {
    id, documentId, categoryId: 'claim', tags: [], note: '', orphan: null, createdAt: TIME, updatedAt: TIME, ...rest,
    position: { start, end },
    quote: { exact: passage, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) }
  }
}

/** The five seeds with a fixed set of highlights: nested ones, an orphan, tags that need making safe, notes with Markdown. */
export function seedDocuments(): ExportDocument[] {
  const t = [0, 1, 2, 3, 4].map(seedText) as [string, string, string, string, string]
  return [
    {
      meta: meta('d0', 'Trump Declares Final Push Against Hamas as Hostage Talks Collapse: Israeli Leadership Signals Shift Toward Total Victory', { outlet: 'TJV News', date: '2026-02-01' }),
      note: 'Read alongside the RT piece.',
      highlights: [
        highlight(t[0], 'd0', 'h0b', { passage: '“finish the job”', categoryId: 'framing', tags: ['finish the job', 'wire copy'] }),
        highlight(t[0], 'd0', 'h0a', { passage: '“I’ve always said the most difficult part would be releasing the last 10 to 20 hostages,”', categoryId: 'quote', tags: ['deadline'], note: 'Repeated in **RT** too.' }),
        { ...highlight(t[0], 'd0', 'h0c', { passage: 'New York', categoryId: 'question', note: 'Was in the dateline.' }), orphan: 'not-found' }
      ]
    },
    {
      meta: meta('d1', 'Trump: Israel to Hunt Down Hamas as Ceasefire Talks Stall', { outlet: 'RT', tags: ['wire copy'] }),
      note: '',
      highlights: [
        highlight(t[1], 'd1', 'h1b', { passage: 'Ceasefire negotiations', categoryId: 'framing' }),
        highlight(t[1], 'd1', 'h1a', { passage: 'Ceasefire negotiations between Israel and Hamas have reached another impasse', tags: ['Deadline'] }),
        highlight(t[1], 'd1', 'h1c', { passage: 'Hamas “didn’t really want to make a deal”', categoryId: 'quote', note: 'Two claims:\n\n- no deal\n- “want to die”' })
      ]
    },
    {
      meta: meta('d2', 'Joint US-Israeli military action being considered against Hamas if hostages aren’t released', { outlet: 'New York Post', date: '2025-03-07' }),
      note: '',
      highlights: [
        highlight(t[2], 'd2', 'h2a', { passage: '“Somebody’s going to have to get a lot rougher than they’re getting. It’s a shame,”', categoryId: 'quote', tags: ['2025'], note: 'See _the_ [AP photo](https://apnews.com).' })
      ]
    },
    {
      meta: meta('d3', 'Hamas rejects Trump threat, demands lasting truce for hostage release', { outlet: 'Al Jazeera', date: '2025-03-06' }),
      note: '',
      highlights: [
        highlight(t[3], 'd3', 'h3a', { passage: 'Negotiations on that phase were supposed to begin in early February but so far have only reached the stage of preliminary discussions.\n\nTrump Issues Final Threat as Pressure Mounts', categoryId: 'source' })
      ]
    },
    {
      meta: meta('d4', 'Trump and Netanyahu discuss hostage crisis', { tags: ['analysis'] }),
      note: 'Background piece.',
      highlights: [
        highlight(t[4], 'd4', 'h4a', { passage: 'Understanding the gravity of the situation is key:', categoryId: 'question', tags: ['C# / .NET?'] })
      ]
    }
  ]
}
