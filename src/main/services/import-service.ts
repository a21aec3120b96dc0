import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { DocumentMeta, ImportReport, Rejection } from '../../shared/model'
import { canonicalText } from '../../shared/text'
import { isSupportedName, rejectionOf, tooLarge } from '../import/classify'
import { decodeAs, decodeBytes } from '../import/decode'
import type { IncomingText, LibraryService } from './library-service'
import type { SettingsService } from './settings-service'

/** A file as the renderer sends it: its bytes, or null when it already knows the file is over the size limit. */
export interface IncomingFile {
  name: string
  size: number
  bytes: Uint8Array | null
}

const MB = 1024 * 1024
/** Files read and added per step when importing from disk, so a large folder never sits in memory whole. */
const CHUNK = 100

/**
 * Turns files into documents: each is checked (type, size, binary), decoded, and added once. One bad file never
 * stops the others; every file that is not added gets a reason, and nothing half-imported stays in the library.
 */
export class ImportService {
  readonly #library: LibraryService
  readonly #settings: SettingsService

  constructor(library: LibraryService, settings: SettingsService) {
    this.#library = library
    this.#settings = settings
  }

  async importFiles(files: IncomingFile[]): Promise<ImportReport> {
    const limit = this.#settings.get().importLimitMb * MB
    const rejected: Rejection[] = []
    const incoming: IncomingText[] = []
    for (const file of files) {
      const name = basename(file.name)
      if (file.bytes === null) {
        rejected.push({ name, ...tooLarge(file.size, limit) })
        continue
      }
      const rejection = rejectionOf(name, file.bytes, limit)
      if (rejection) {
        rejected.push({ name, ...rejection })
        continue
      }
      const { text } = decodeBytes(file.bytes)
      if (canonicalText(text).trim() === '') {
        rejected.push({ name, reason: 'empty', message: 'This file holds no text.' })
        continue
      }
      incoming.push({ name, bytes: file.bytes, text })
    }
    const results = await this.#library.addMany(incoming)
    const added: DocumentMeta[] = []
    const duplicates: ImportReport['duplicates'] = []
    results.forEach((result, index) => {
      if ('added' in result) added.push(result.added)
      else duplicates.push({ name: incoming[index]!.name, of: result.duplicateOf })
    })
    return { added, duplicates, rejected }
  }

  /** Imports files and folders (recursively) from disk, as the desktop app's drop and Import dialog give them. */
  async importPaths(paths: string[]): Promise<ImportReport> {
    const limit = this.#settings.get().importLimitMb * MB
    const report: ImportReport = { added: [], duplicates: [], rejected: [] }
    const files = await expand(paths, report.rejected)
    for (let start = 0; start < files.length; start += CHUNK) {
      const batch: IncomingFile[] = []
      for (const path of files.slice(start, start + CHUNK)) {
        const name = basename(path)
        if (!isSupportedName(name)) {
          report.rejected.push({ name, reason: 'unsupported-type', message: 'Only .txt, .md and .text files can be imported.' })
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
    }
    return report
  }

  /** Decodes a document's original bytes again with the encoding the user names; its highlights re-anchor on the new text. */
  async redecode(id: string, encoding: string): Promise<DocumentMeta> {
    const text = decodeAs(await this.#library.sourceBytes(id), encoding)
    return this.#library.replaceText(id, text)
  }
}

/** The files under `paths`, folders walked recursively; hidden files inside folders (.DS_Store and the like) are skipped. */
async function expand(paths: string[], rejected: Rejection[]): Promise<string[]> {
  const files: string[] = []
  for (const path of paths) {
    try {
      const info = await stat(path)
      if (!info.isDirectory()) {
        files.push(path)
        continue
      }
      const entries = await readdir(path, { withFileTypes: true })
      const inside = entries.filter((entry) => !entry.name.startsWith('.')).map((entry) => join(path, entry.name))
      files.push(...(await expand(inside, rejected)))
    } catch {
      rejected.push(unreadable(basename(path)))
    }
  }
  return files
}

function unreadable(name: string): Rejection {
  return { name, reason: 'unreadable', message: 'This file could not be read.' }
}
