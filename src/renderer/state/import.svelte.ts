import type { DocumentMeta, ImportReport } from '../../shared/model'
import { api } from '../lib/api'
import { ImportRun, type FileToImport } from '../lib/import-run'

/** The import under way, for the progress bar and its Cancel button, and the summary of the last one. */
export class ImportState {
  running = $state(false)
  done = $state(0)
  total = $state(0)
  cancelled = $state(false)
  report = $state.raw<ImportReport | null>(null)
  #run: ImportRun | null = null

  async start(work: (run: ImportRun) => Promise<ImportReport>, onAdded: (docs: DocumentMeta[]) => void): Promise<void> {
    const run = new ImportRun(api, {
      progress: (done, total) => Object.assign(this, { done, total }),
      added: onAdded
    })
    this.#run = run
    Object.assign(this, { running: true, cancelled: false, report: null })
    try {
      await work(run)
    } finally {
      Object.assign(this, { running: false, cancelled: run.cancelled, report: run.report })
      this.#run = null
    }
  }

  cancel(): void {
    this.#run?.cancel()
  }

  dismiss(): void {
    this.report = null
  }
}

/** A dropped or chosen file, its size asked for only when its batch is formed: for a file on disk the browser looks it up. */
export function toImport(file: File): FileToImport {
  let size: number | undefined
  return {
    name: file.name,
    get size() {
      size ??= file.size
      return size
    },
    bytes: file
  }
}
