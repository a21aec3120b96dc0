import { describe, expect, it } from 'vitest'
import type { ImportReport } from '../../../../src/shared/model'
import { DEFAULT_EXPORT_CHOICES } from '../../../../src/shared/export/types'
import { UnreachableError } from '../../../../src/renderer/lib/api-client'
import { AppState } from '../../../../src/renderer/state/app-state.svelte'
import { fakeApi, meta } from './fake-api'

const REPORT: ImportReport = { added: [meta('new')], duplicates: [], rejected: [], highlights: { imported: 0, orphaned: 0 } }

describe('ImportState', () => {
  it('imports what the desktop dialog picked into the library, and keeps the summary until dismissed', async () => {
    const { api, calls } = fakeApi({
      listDocuments: async () => [meta('old')],
      chooseImportFiles: async () => ['/home/reader/new.txt'],
      listImportFiles: async ({ paths }) => ({ files: paths, rejected: [] }),
      importPaths: async () => REPORT
    })
    const app = new AppState(api)
    await app.library.load()
    await app.imports.choose(false)
    expect(calls.filter((call) => call.name !== 'listDocuments')).toEqual([
      { name: 'chooseImportFiles', input: { folders: false } },
      { name: 'listImportFiles', input: { paths: ['/home/reader/new.txt'] } },
      { name: 'importPaths', input: { paths: ['/home/reader/new.txt'] } }
    ])
    expect(app.library.documents.map((doc) => doc.id)).toEqual(['old', 'new'])
    expect([app.imports.running, app.imports.report?.added.length]).toEqual([false, 1])
    app.imports.dismiss()
    expect(app.imports.report).toBeNull()
  })

  it('sends a file over the size limit set in the settings by name only, and a smaller one whole', async () => {
    const sent: { name: string; size: number; bytes: unknown }[] = []
    const { api } = fakeApi({
      getSettings: async () => ({ importLimitMb: 1, theme: 'system', quotesSharedOnly: true, export: DEFAULT_EXPORT_CHOICES }),
      importFiles: async ({ files }) => {
        sent.push(...files)
        return REPORT
      }
    })
    const app = new AppState(api)
    const large = new File([new Uint8Array(1024 * 1024 + 1)], 'large.txt', { type: 'text/plain' })
    const small = new File(['A short text.'], 'small.txt', { type: 'text/plain' })
    await app.imports.importSources({ files: [large, small] })
    expect(sent.map(({ name, size, bytes }) => [name, size, bytes === null])).toEqual([
      ['large.txt', 1024 * 1024 + 1, true],
      ['small.txt', 13, false]
    ])
    expect(app.library.documents.map((doc) => doc.id)).toEqual(['new'])
  })

  it('says so when the desktop dialog cannot be opened', async () => {
    const { api } = fakeApi({
      chooseImportFiles: async () => {
        throw new UnreachableError(new TypeError('fetch failed'))
      }
    })
    const app = new AppState(api)
    await app.imports.choose(true)
    expect(app.notices.items.map((n) => n.kind)).toEqual(['error'])
  })
})
