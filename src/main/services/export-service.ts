import { AppError } from '../../shared/errors'
import type { ExportFile } from '../../shared/model'
import type { ExportDocument, ExportGroup, ReportOptions } from '../../shared/export'
import type { AnnotationService } from './annotation-service'
import type { CategoryService } from './category-service'
import type { LibraryService } from './library-service'
import type { OutletService } from './outlet-service'
import { writeFileAtomically } from '../store/atomic-write'
import { Service } from './service'

export type ExportFormat = 'md' | 'json' | 'csv'

export interface ExportRequest {
  format: ExportFormat
  group?: ExportGroup
  /** The documents to export; all of them when absent. */
  documentIds?: string[]
  tag?: string
  /** What a Markdown report carries besides the passages and notes; `DEFAULT_REPORT` when absent. */
  report?: ReportOptions
}

const TYPES: Record<ExportFormat, { extension: string; mimeType: string }> = {
  md: { extension: 'md', mimeType: 'text/markdown' },
  json: { extension: 'jsonld', mimeType: 'application/ld+json' },
  csv: { extension: 'csv', mimeType: 'text/csv' }
}

/** Loaded on the first export: the YAML writer for Markdown front matter is the largest library the back end has. */
const exporters = () => import('../../shared/export')

export interface ExportOptions {
  /** The desktop app's native save dialog; without it (browser mode, which downloads instead) nothing is saved. */
  pickSavePath?: (suggestedName: string) => Promise<string | null>
  now?: () => Date
}

/** Notes out of Parallax, in the same form from the app and from the CLI. */
export class ExportService extends Service {
  readonly #library: LibraryService
  readonly #annotations: AnnotationService
  readonly #categories: CategoryService
  readonly #outlets: OutletService
  readonly #pickSavePath: (suggestedName: string) => Promise<string | null>
  readonly #now: () => Date

  constructor(library: LibraryService, annotations: AnnotationService, categories: CategoryService, outlets: OutletService, options: ExportOptions = {}) {
    super()
    this.#library = library
    this.#annotations = annotations
    this.#categories = categories
    this.#outlets = outlets
    this.#pickSavePath = options.pickSavePath ?? (async () => null)
    this.#now = options.now ?? (() => new Date())
  }

  async export(request: ExportRequest): Promise<ExportFile> {
    const ids = request.documentIds ?? this.#library.list().map((doc) => doc.id)
    if (ids.length === 0) throw new AppError('invalid-argument', 'There is nothing to export: the library is empty.')
    const docs: ExportDocument[] = this.#withOutletNames(await this.#annotations.exportable(ids))
    const options = { group: request.group ?? 'document', exportedAt: this.#now().toISOString(), tag: request.tag, report: request.report }
    const categories = this.#categories.list()
    const { toCsv, toMarkdown, toWebAnnotation } = await exporters()
    const content =
      request.format === 'md'
        ? toMarkdown(docs, categories, options)
        : request.format === 'csv'
          ? toCsv(docs, categories, options)
          : `${JSON.stringify(toWebAnnotation(docs, categories, options), null, 2)}\n`
    const base = docs.length === 1 ? fileNameOf(docs[0]!.meta.title) : 'parallax-notes'
    const { extension, mimeType } = TYPES[request.format]
    return { fileName: `${base}.${extension}`, mimeType, content }
  }

  /** Each document's outlet as the library shows it: the name the user gave it, or the domain of its link. */
  #withOutletNames(docs: ExportDocument[]): ExportDocument[] {
    const names = new Map(this.#outlets.list().flatMap((outlet) => outlet.documentIds.map((id) => [id, outlet.name] as const)))
    return docs.map((doc) => ({ ...doc, meta: { ...doc.meta, outlet: names.get(doc.meta.id) ?? doc.meta.outlet } }))
  }

  /** Saves an export where the save dialog says; resolves with that path, or null when the dialog was cancelled. */
  async save(fileName: string, content: string): Promise<string | null> {
    const path = await this.#pickSavePath(fileName)
    if (path) await writeFileAtomically(path, content)
    return path
  }
}

/** A file name from a title: letters, digits and dashes, short enough for every file system. */
function fileNameOf(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60)
      .toLowerCase() || 'parallax-notes'
  )
}
