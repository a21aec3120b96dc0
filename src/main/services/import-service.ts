import { readdir, readFile, realpath, stat } from 'node:fs/promises'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { basename, join } from 'node:path'
import type { Category, DocumentMeta, ImportListing, ImportReport, Rejection, RejectionReason } from '../../shared/model'
import { formatOf, isEncoded, type FileFormat } from '../../shared/file-formats'
import { isAnnotationExport, isSupportedName, rejectionOf, tooLarge, unsupportedType } from '../import/classify'
import { decodeBytes, decodeLegacy, decodeUnicode } from '../import/decode'
import { readDocumentFile, type ReadFile } from '../import/read-document'
import { NOTHING_FOUND } from '../import/found-meta'
import { FileRefused } from '../import/file-refused'
import type { IncomingText, LibraryService } from './library-service'
import type { SettingsService } from './settings-service'
import type { AnnotationService } from './annotation-service'
import type { CategoryService } from './category-service'
import { fromWebAnnotation } from '../../shared/export/web-annotation-import'
import type { ImportedDocument } from '../../shared/export'
import { AppError } from '../../shared/errors'
import { Service } from './service'
import { CallOrder, type Place } from './call-order'

/** A file as the renderer sends it: its bytes, or null when it already knows the file is over the size limit. */
export interface IncomingFile {
  name: string
  size: number
  bytes: Uint8Array | null
}

const MB = 1024 * 1024

/** Files read and added per step when importing from disk, so a large folder never sits in memory whole. */
const CHUNK = 100

export interface ImportOptions {
  /** Whether files may be named by their paths: only the desktop app's own window, on the machine it runs on, sends them. */
  readsPaths: boolean
  /** The desktop app's native open dialog; browser mode has none and uses a file input instead. */
  pickFiles?: (folders: boolean) => Promise<string[] | null>
}

/**
 * Turns files into documents: each is checked (type, size, binary), decoded, and added once. One bad file never
 * stops the others; every file that is not added gets a reason, and nothing half-imported stays in the library.
 */
export class ImportService extends Service {
  readonly #library: LibraryService
  readonly #settings: SettingsService
  readonly #annotations: AnnotationService
  readonly #categories: CategoryService
  readonly #options: ImportOptions
  readonly #order = new CallOrder()

  constructor(library: LibraryService, settings: SettingsService, annotations: AnnotationService, categories: CategoryService, options: ImportOptions) {
    super()
    this.#library = library
    this.#settings = settings
    this.#annotations = annotations
    this.#categories = categories
    this.#options = options
  }

  /** The desktop app's open dialog: files (and, on macOS, folders too), or with `folders` a folder picker; null if cancelled. */
  chooseFiles(folders: boolean): Promise<string[] | null> {
    return this.#options.pickFiles?.(folders) ?? Promise.resolve(null)
  }

  /**
   * Files checked and decoded at once with those of the calls still under way, then added in the order the calls were
   * made, so which of two documents under one title keeps it does not depend on which file decoded faster.
   */
  async importFiles(files: IncomingFile[]): Promise<ImportReport> {
    const place = this.#order.take()
    try {
      return await this.#importFiles(files, place)
    } finally {
      place.done()
    }
  }

  async #importFiles(files: IncomingFile[], place: Place): Promise<ImportReport> {
    const limit = this.#settings.get().importLimitMb * MB
    const rejected: Rejection[] = []
    const incoming: IncomingText[] = []
    const highlights = { imported: 0, orphaned: 0 }
    for (const file of files) {
      const name = basename(file.name)
      if (file.bytes === null) {
        rejected.push({ name, ...tooLarge(file.size, limit) })
        continue
      }
      if (isAnnotationExport(name)) {
        const outcome = await this.#adoptAnnotations(name, file.bytes)
        rejected.push(...outcome.rejected)
        highlights.imported += outcome.imported
        highlights.orphaned += outcome.orphaned
        continue
      }
      const rejection = rejectionOf(name, file.bytes, limit)
      if (rejection) {
        rejected.push({ name, ...rejection })
        continue
      }
      let read: ReadFile | { reason: RejectionReason; message: string } | null = unicodeText(name, file.bytes)
      if (read === null) {
        // A page, a Word file or a PDF takes milliseconds to extract: the calls that came in meanwhile are answered first.
        await nextTurn()
        read = await readImported(name, file.bytes)
      }
      if ('message' in read) {
        rejected.push({ name, ...read })
        continue
      }
      // White space stays white space once canonical, so the text is made canonical once, when it is added.
      if (read.text.trim() === '') {
        rejected.push({ name, reason: 'empty', message: 'This file holds no text.' })
        continue
      }
      incoming.push({ name, bytes: file.bytes, text: read.text, found: read.found, ...(read.encoding && { encoding: read.encoding }) })
    }
    await place.ready
    // Titles are taken as the add starts, before its first write: the next call may take its own from then.
    const adding = this.#library.addMany(incoming)
    place.done()
    const results = await adding
    const added: DocumentMeta[] = []
    const duplicates: ImportReport['duplicates'] = []
    results.forEach((result, index) => {
      if ('added' in result) added.push(result.added)
      else duplicates.push({ name: incoming[index]!.name, of: result.duplicateOf })
    })
    return { added, duplicates, rejected, highlights }
  }

  /** A W3C Web Annotation export: its highlights join the documents they belong to (matched by file name, then title). */
  async #adoptAnnotations(name: string, bytes: Uint8Array): Promise<{ rejected: Rejection[]; imported: number; orphaned: number }> {
    let documents: ImportedDocument[]
    try {
      documents = fromWebAnnotation(JSON.parse((await decodeBytes(bytes)).text))
    } catch (error) {
      const reason = error instanceof SyntaxError ? 'It is not valid JSON.' : error instanceof Error ? error.message : ''
      return { rejected: [{ name, reason: 'unreadable', message: `This annotation file cannot be read. ${reason}`.trim() }], imported: 0, orphaned: 0 }
    }
    if (documents.length === 0) return { rejected: [{ name, reason: 'empty', message: 'This annotation file holds no annotations.' }], imported: 0, orphaned: 0 }
    const outcome = { rejected: [] as Rejection[], imported: 0, orphaned: 0 }
    for (const doc of documents) {
      const target =
        this.#library.list().find((d) => d.sourceName === doc.sourceName) ?? this.#library.list().find((d) => d.title === doc.documentTitle)
      if (!target) {
        outcome.rejected.push({ name, reason: 'no-document', message: `No document in the library matches “${doc.documentTitle}”.` })
        continue
      }
      const highlights = []
      for (const h of doc.highlights) highlights.push({ ...h, categoryId: await this.#categoryId(h.categoryId) })
      const { imported, orphaned } = await this.#annotations.adopt(target.id, highlights)
      outcome.imported += imported
      outcome.orphaned += orphaned
    }
    return outcome
  }

  /** The palette id for a category name from an export: the category of that name, else a new one, else the first. */
  async #categoryId(name: string): Promise<string> {
    const wanted = name.trim() || 'Imported'
    const named = (list: Category[]) => list.find((c) => c.name.toLocaleLowerCase() === wanted.toLocaleLowerCase())
    const existing = named(this.#categories.list())
    if (existing) return existing.id
    const palette = await this.#categories.save({ name: wanted, color: '#888888' }).catch(() => this.#categories.list())
    return (named(palette) ?? palette[0]!).id
  }

  /** The files below paths dropped or chosen in the desktop app, folders walked recursively, for an import to count. */
  async listFiles(paths: string[]): Promise<ImportListing> {
    this.#requirePaths()
    const rejected: Rejection[] = []
    const files = await expand(paths, rejected)
    return { files, rejected }
  }

  #requirePaths(): void {
    if (!this.#options.readsPaths) throw new AppError('forbidden', 'Browser mode imports the files you choose or drop, not paths.')
  }

  /** Imports files and folders (recursively) from disk, as the desktop app's drop and Import dialog give them. */
  async importPaths(paths: string[]): Promise<ImportReport> {
    this.#requirePaths()
    const limit = this.#settings.get().importLimitMb * MB
    const report: ImportReport = { added: [], duplicates: [], rejected: [], highlights: { imported: 0, orphaned: 0 } }
    const files = await expand(paths, report.rejected)
    for (let start = 0; start < files.length; start += CHUNK) {
      const batch: IncomingFile[] = []
      for (const path of files.slice(start, start + CHUNK)) {
        const name = basename(path)
        if (!isSupportedName(name) && !isAnnotationExport(name)) {
          report.rejected.push({ name, ...unsupportedType() })
          continue
        }
        try {
          const { size } = await stat(path)
          batch.push({ name, size, bytes: size > limit ? null : await readFile(path) })
        } catch {
          report.rejected.push(unreadable(name))
        }
      }
      const part = await this.importFiles(batch)
      report.added.push(...part.added)
      report.duplicates.push(...part.duplicates)
      report.rejected.push(...part.rejected)
      report.highlights.imported += part.highlights.imported
      report.highlights.orphaned += part.highlights.orphaned
    }
    return report
  }

  /**
   * Reads a document's original file again: decoded in the encoding the user names, or without one as at import (a
   * newer Parallax may extract it better), a page's article extracted again; its highlights re-anchor on the new text.
   * Only texts and pages have an encoding to choose.
   */
  async redecode(id: string, encoding?: string): Promise<DocumentMeta> {
    const format = formatOf(this.#library.get(id).sourceName) ?? 'text'
    if (encoding && !isEncoded(format)) throw new AppError('invalid-argument', 'This file’s text has no encoding to choose.')
    const read = await readDocumentFile(format, await this.#library.sourceBytes(id), encoding)
    const meta = await this.#library.replaceText(id, read.text, read.encoding ?? undefined)
    await this.#annotations.reanchor(id)
    return meta
  }
}

/**
 * The files under `paths`, folders walked recursively; hidden files inside folders (.DS_Store and the like) are skipped.
 * A folder is walked once however many links lead back to it. Only regular files are read: anything else (a named pipe,
 * a device) is reported unreadable, since reading it could wait or run forever.
 */
async function expand(paths: string[], rejected: Rejection[], walked = new Set<string>()): Promise<string[]> {
  const files: string[] = []
  for (const path of paths) {
    try {
      const info = await stat(path)
      if (info.isFile()) {
        files.push(path)
        continue
      }
      if (!info.isDirectory()) {
        rejected.push(unreadable(basename(path)))
        continue
      }
      const real = await realpath(path)
      if (walked.has(real)) continue
      walked.add(real)
      const entries = await readdir(path, { withFileTypes: true })
      const inside = entries.filter((entry) => !entry.name.startsWith('.')).map((entry) => join(path, entry.name))
      files.push(...(await expand(inside, rejected, walked)))
    } catch {
      rejected.push(unreadable(basename(path)))
    }
  }
  return files
}

/**
 * A text file's text when it is Unicode, without waiting: a batch of them is decoded in one go, so it is stored, and
 * answered, before the batches sent after it. Null for any other file.
 */
function unicodeText(name: string, bytes: Uint8Array): ReadFile | null {
  const decoded = formatOf(name) === 'text' ? decodeUnicode(bytes) : null
  return decoded && { text: decoded.text, encoding: { name: decoded.encoding, method: decoded.method }, found: NOTHING_FOUND }
}

/** The text of a legacy-encoded text, a saved page, a Word file or a PDF; one that cannot be read gives the reason why. */
async function readImported(name: string, bytes: Uint8Array): Promise<ReadFile | { reason: RejectionReason; message: string }> {
  const format = formatOf(name) ?? 'text'
  if (format === 'text') {
    const { text, encoding, method } = await decodeLegacy(bytes)
    return { text, encoding: { name: encoding, method }, found: NOTHING_FOUND }
  }
  try {
    return await readDocumentFile(format, bytes)
  } catch (error) {
    if (error instanceof FileRefused) return { reason: error.reason, message: error.message }
    return { reason: 'unreadable', message: UNREADABLE[format] }
  }
}

/** Why a file of each format that could not be read was not imported. */
const UNREADABLE: Record<Exclude<FileFormat, 'text'>, string> = {
  'web-page': 'This page could not be read.',
  'web-archive': 'This saved page could not be read; it may be damaged or not a web archive (.mhtml).',
  word: 'This Word file could not be read; it may be damaged or not a .docx.',
  pdf: 'This PDF could not be read; it may be damaged or not a PDF.'
}

function unreadable(name: string): Rejection {
  return { name, reason: 'unreadable', message: 'This file could not be read.' }
}
