import type { Api } from '../../shared/contract'
import type { DocumentMeta, ImportReport } from '../../shared/model'

/** A file to send in browser mode: its bytes are read (as base64) only when its batch goes out. */
export interface FileToImport {
  name: string
  size: number
  base64: () => Promise<string>
}

export interface ImportListener {
  progress: (done: number, total: number) => void
  added: (docs: DocumentMeta[]) => void
}

/** Files per call, and bytes per call in browser mode, so progress moves and no request grows too large. */
const BATCH_FILES = 50
const BATCH_BYTES = 8 * 1024 * 1024

/**
 * One import, sent to the back end a batch at a time. Cancelling stops before the next batch: every batch already
 * sent is whole in the library, and nothing is left half-imported.
 */
export class ImportRun {
  readonly #api: Api
  readonly #listener: ImportListener
  #cancelled = false
  readonly report: ImportReport = { added: [], duplicates: [], rejected: [], highlights: { imported: 0, orphaned: 0 } }

  constructor(api: Api, listener: ImportListener) {
    this.#api = api
    this.#listener = listener
  }

  get cancelled(): boolean {
    return this.#cancelled
  }

  cancel(): void {
    this.#cancelled = true
  }

  /** Browser mode: the files' bytes go to the back end; a file over `limitBytes` is named but not sent. */
  async files(files: FileToImport[], limitBytes: number): Promise<ImportReport> {
    const batches: FileToImport[][] = []
    for (const file of files) {
      const last = batches.at(-1)
      const bytes = last?.reduce((sum, f) => sum + f.size, 0) ?? 0
      if (last && last.length < BATCH_FILES && bytes + file.size <= BATCH_BYTES) last.push(file)
      else batches.push([file])
    }
    return this.#send(files.length, batches, async (batch) => {
      const payload = await Promise.all(
        batch.map(async (file) => ({ name: file.name, size: file.size, data: file.size > limitBytes ? null : await file.base64() }))
      )
      return this.#api.importFiles({ files: payload })
    })
  }

  /** The desktop app: paths of files and folders, read by the back end. */
  async paths(paths: string[]): Promise<ImportReport> {
    const batches = Array.from({ length: Math.ceil(paths.length / BATCH_FILES) }, (_, i) => paths.slice(i * BATCH_FILES, (i + 1) * BATCH_FILES))
    return this.#send(paths.length, batches, (batch) => this.#api.importPaths({ paths: batch }))
  }

  async #send<T>(total: number, batches: T[][], call: (batch: T[]) => Promise<ImportReport>): Promise<ImportReport> {
    let done = 0
    this.#listener.progress(done, total)
    for (const batch of batches) {
      if (this.#cancelled) break
      const part = await call(batch)
      this.report.added.push(...part.added)
      this.report.duplicates.push(...part.duplicates)
      this.report.rejected.push(...part.rejected)
      this.report.highlights.imported += part.highlights.imported
      this.report.highlights.orphaned += part.highlights.orphaned
      this.#listener.added(part.added)
      done += batch.length
      this.#listener.progress(done, total)
    }
    return this.report
  }
}
