import type { Api } from '../../shared/contract'
import type { DocumentMeta, ImportReport } from '../../shared/model'

/** A file to send in browser mode: its size and its bytes (as base64) are asked for only when its batch is put together. */
export interface FileToImport {
  readonly name: string
  readonly size: number
  base64: () => Promise<string>
}

export interface ImportListener {
  progress: (done: number, total: number) => void
  added: (docs: DocumentMeta[]) => void
}

/** Files per call, and bytes per call in browser mode, so progress moves and no request grows too large. */
const BATCH_FILES = 100
const BATCH_BYTES = 8 * 1024 * 1024
/** Batches sent at once: the back end checks and decodes one while the other's files are written to disk. */
const IN_FLIGHT = 2

/**
 * One import, sent to the back end in batches, two at a time, the next one read while those are being stored.
 * Cancelling stops before the next batch: every batch already sent is whole in the library, and nothing is left
 * half-imported.
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

  /**
   * Browser mode: the files' bytes go to the back end. A file over `limitBytes` is named but not sent; a file the
   * browser cannot read (gone since it was dropped) is named as unreadable, and the others go on.
   */
  async files(files: FileToImport[], limitBytes: number): Promise<ImportReport> {
    const read = async (file: FileToImport) => {
      try {
        return { name: file.name, size: file.size, data: file.size > limitBytes ? null : await file.base64() }
      } catch {
        this.report.rejected.push({ name: file.name, reason: 'unreadable', message: 'This file could not be read.' })
        return null
      }
    }
    const prepare = async (batch: FileToImport[]) => (await Promise.all(batch.map(read))).filter((file) => file !== null)
    return this.#send(files.length, batchesOf(files, limitBytes), prepare, async (payload) =>
      payload.length > 0 ? this.#api.importFiles({ files: payload }) : emptyReport()
    )
  }

  /** The desktop app: paths of files and folders, read by the back end. */
  async paths(paths: string[]): Promise<ImportReport> {
    const batches = Array.from({ length: Math.ceil(paths.length / BATCH_FILES) }, (_, i) => paths.slice(i * BATCH_FILES, (i + 1) * BATCH_FILES))
    return this.#send(paths.length, batches.values(), async (batch) => batch, (batch) => this.#api.importPaths({ paths: batch }))
  }

  async #send<T, P>(
    total: number,
    batches: Iterator<T[]>,
    prepare: (batch: T[]) => Promise<P>,
    call: (prepared: P) => Promise<ImportReport>
  ): Promise<ImportReport> {
    const prepareNext = () => {
      const next = batches.next()
      return next.done ? null : prepare(next.value).then((prepared) => ({ count: next.value.length, prepared }))
    }
    let done = 0
    const failures: unknown[] = []
    /** Takes a sent batch's report once it lands; batches land in the order they were sent. */
    const land = async ({ part, count }: { part: Promise<ImportReport>; count: number }) => {
      try {
        this.#take(await part)
        done += count
        this.#listener.progress(done, total)
      } catch (error) {
        failures.push(error)
      }
    }
    this.#listener.progress(done, total)
    const sent: { part: Promise<ImportReport>; count: number }[] = []
    let next = prepareNext()
    while (next && !this.#cancelled && failures.length === 0) {
      const { count, prepared } = await next
      if (this.#cancelled) break
      const part = call(prepared)
      // A failure is taken when its batch lands, in turn; until then it is not an unhandled one.
      part.catch(() => undefined)
      sent.push({ part, count })
      next = prepareNext()
      if (sent.length === IN_FLIGHT) await land(sent.shift()!)
    }
    // A failed batch stops the import; the ones sent with it are whole and still reported, then the failure is.
    for (const batch of sent) await land(batch)
    if (failures.length > 0) throw failures[0]
    return this.report
  }

  #take(part: ImportReport): void {
    this.report.added.push(...part.added)
    this.report.duplicates.push(...part.duplicates)
    this.report.rejected.push(...part.rejected)
    this.report.highlights.imported += part.highlights.imported
    this.report.highlights.orphaned += part.highlights.orphaned
    this.#listener.added(part.added)
  }
}

/** Batches of at most `BATCH_FILES` files and `BATCH_BYTES` sent bytes, each file's size read as its batch is formed. */
function* batchesOf(files: FileToImport[], limitBytes: number): Generator<FileToImport[]> {
  let batch: FileToImport[] = []
  let bytes = 0
  for (const file of files) {
    const sent = file.size > limitBytes ? 0 : file.size
    if (batch.length === BATCH_FILES || (batch.length > 0 && bytes + sent > BATCH_BYTES)) {
      yield batch
      batch = []
      bytes = 0
    }
    batch.push(file)
    bytes += sent
  }
  if (batch.length > 0) yield batch
}

function emptyReport(): ImportReport {
  return { added: [], duplicates: [], rejected: [], highlights: { imported: 0, orphaned: 0 } }
}
