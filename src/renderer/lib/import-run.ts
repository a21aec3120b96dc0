import type { Api } from '../../shared/contract/calls'
import type { DocumentMeta, ImportReport } from '../../shared/model'
import { ApiError } from './api-client'

/** A file to send in browser mode. Its size is asked for only when its batch is put together; its bytes are read as they are sent. */
export interface FileToImport {
  readonly name: string
  readonly size: number
  readonly bytes: Blob
}

export interface ImportListener {
  progress: (done: number, total: number) => void
  added: (docs: DocumentMeta[]) => void
}

/** Files per call, and bytes per call in browser mode, so progress moves and no request grows too large. */
export const BATCH_FILES = 100
/**
 * The first batch's files; each next batch twice the one before, up to `BATCH_FILES`. The count moves within
 * moments of the start, as the first files are stored, and a long import still goes in large batches.
 */
export const FIRST_BATCH = 4
const BATCH_BYTES = 8 * 1024 * 1024
/**
 * Batches sent at once. The back end decodes each as it comes, and the ones it has decoded while the disk was flushing
 * the one before are stored together; an import of 1,000 files here took about a fifth longer with three in flight
 * than with eight, and a sixth longer again with two.
 */
export const IN_FLIGHT = 8

/**
 * One import, sent to the back end in batches, several at a time, the next ones read while those are being stored.
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
    const sentBytes = (file: FileToImport) => (file.size > limitBytes ? 0 : file.size)
    return this.#send(files.length, batchesOf(files, sentBytes), (batch) => this.#sendFiles(batch, limitBytes))
  }

  /**
   * Sends one batch, the browser reading the files as it sends them. When it cannot, each file is tried: those it
   * cannot read (moved or changed since they were chosen) are named as unreadable, and the others are sent again.
   */
  async #sendFiles(batch: FileToImport[], limitBytes: number): Promise<ImportReport> {
    // A file gone before its size was asked for reads as empty, so an empty file is tried before it is sent.
    let files = await this.#readable(batch, (file) => file.size > 0)
    const send = async () =>
      files.length === 0
        ? emptyReport()
        : this.#api.importFiles({ files: files.map(({ name, size, bytes }) => ({ name, size, bytes: size > limitBytes ? null : bytes })) })
    try {
      return await send()
    } catch (error) {
      // The back end answered: its reason stands.
      if (error instanceof ApiError) throw error
      const tried = files.length
      files = await this.#readable(files, (file) => file.size > limitBytes)
      if (files.length === tried) throw error
      return send()
    }
  }

  /** The files the browser can still read, each tried unless `unsent` says its bytes are not sent; the others are named. */
  async #readable(files: FileToImport[], unsent: (file: FileToImport) => boolean): Promise<FileToImport[]> {
    const readable = await Promise.all(files.map((file) => unsent(file) || canRead(file.bytes)))
    const unreadable = files.filter((_, i) => !readable[i])
    this.report.rejected.push(...unreadable.map(({ name }) => ({ name, reason: 'unreadable' as const, message: 'This file could not be read.' })))
    return files.filter((_, i) => readable[i])
  }

  /** What the user pasted, as one file named `name` (its extension says how it is read), sent as UTF-8 over IPC and HTTP alike. */
  async text(name: string, text: string): Promise<ImportReport> {
    const bytes = new TextEncoder().encode(text)
    return this.#send(1, [[{ name, size: bytes.length, bytes }]].values(), (files) => this.#api.importFiles({ files }))
  }

  /** The desktop app: paths of files and folders, read by the back end; the folders are walked first, so each file counts. */
  async paths(paths: string[]): Promise<ImportReport> {
    const { files, rejected } = await this.#api.listImportFiles({ paths })
    this.report.rejected.push(...rejected)
    return this.#send(files.length, batchesOf(files, () => 0), (batch) => this.#api.importPaths({ paths: batch }))
  }

  async #send<T>(total: number, batches: Iterator<T[]>, call: (batch: T[]) => Promise<ImportReport>): Promise<ImportReport> {
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
    let next = batches.next()
    while (!next.done && !this.#cancelled && failures.length === 0) {
      const part = call(next.value)
      // A failure is taken when its batch lands, in turn; until then it is not an unhandled one.
      part.catch(() => undefined)
      sent.push({ part, count: next.value.length })
      // The next batch is put together (its files' sizes asked for) while those sent are on their way.
      next = batches.next()
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

/**
 * Batches growing from `FIRST_BATCH` files to `BATCH_FILES`, of at most `BATCH_BYTES` sent bytes, each item's bytes
 * read as its batch is formed.
 */
function* batchesOf<T>(items: T[], sentBytes: (item: T) => number): Generator<T[]> {
  let batch: T[] = []
  let bytes = 0
  let most = FIRST_BATCH
  for (const item of items) {
    const sent = sentBytes(item)
    if (batch.length === most || (batch.length > 0 && bytes + sent > BATCH_BYTES)) {
      yield batch
      batch = []
      bytes = 0
      most = Math.min(BATCH_FILES, most * 2)
    }
    batch.push(item)
    bytes += sent
  }
  if (batch.length > 0) yield batch
}

/**
 * Whether the browser can still read a file: it may have been moved or changed since it was chosen. Its first byte
 * is read; an empty file is read whole, as a slice of nothing would read no file at all.
 */
function canRead(bytes: Blob): Promise<boolean> {
  return (bytes.size > 0 ? bytes.slice(0, 1) : bytes).arrayBuffer().then(
    () => true,
    () => false
  )
}

function emptyReport(): ImportReport {
  return { added: [], duplicates: [], rejected: [], highlights: { imported: 0, orphaned: 0 } }
}
