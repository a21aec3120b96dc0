import type { Api } from '../../shared/contract/calls'
import type { ImportReport } from '../../shared/model'
import { ImportRun, type FileToImport } from '../lib/import-run'
import type { PastedDocument } from '../import/pasted-document'
import type { LibraryState } from './library.svelte'
import type { NavigationController } from './navigation'
import type { NoticeState } from './notices.svelte'

interface Needs {
  api: Api
  library: LibraryState
  navigation: NavigationController
  notices: NoticeState
}

/** Imports: the one under way, for the progress bar and its Cancel button, the summary of the last one, and the size limit. */
export class ImportState {
  running = $state(false)
  done = $state(0)
  total = $state(0)
  cancelled = $state(false)
  report = $state.raw<ImportReport | null>(null)
  #run: ImportRun | null = null
  readonly #needs: Needs

  constructor(needs: Needs) {
    this.#needs = needs
  }

  /** Imports files (browser mode) or paths (desktop app); new documents join the library as each batch lands. */
  async importSources(sources: { files: File[] } | { paths: string[] }): Promise<void> {
    try {
      if ('paths' in sources) {
        await this.#start((run) => run.paths(sources.paths))
      } else {
        const limit = (await this.limitMb()) * 1024 * 1024
        await this.#start((run) => run.files(sources.files.map(toImport), limit))
      }
    } catch (error) {
      this.#needs.notices.failed(error)
    }
  }

  /**
   * Adds what was pasted to the library as a document, read and titled as the file it stands for would be, and opens it
   * in the reader: who pastes wants to see what they pasted. A paste already in the library is named in the summary.
   */
  async paste(pasted: PastedDocument): Promise<void> {
    try {
      await this.#start((run) => run.text(pasted.name, pasted.content))
      const [added] = this.report?.added ?? []
      if (added) await this.#needs.navigation.open(added.id)
    } catch (error) {
      this.#needs.notices.failed(error)
    }
  }

  /** Imports what the user picks in the desktop app's own dialog, files or (with `folders`) whole folders. */
  async choose(folders: boolean): Promise<void> {
    try {
      const paths = await this.#needs.api.chooseImportFiles({ folders })
      if (paths && paths.length > 0) await this.importSources({ paths })
    } catch (error) {
      this.#needs.notices.failed(error)
    }
  }

  /** The largest file to import, in MB. */
  async limitMb(): Promise<number> {
    return (await this.#needs.api.getSettings({})).importLimitMb
  }

  async setLimitMb(importLimitMb: number): Promise<void> {
    await this.#needs.api.updateSettings({ importLimitMb })
  }

  cancel(): void {
    this.#run?.cancel()
  }

  dismiss(): void {
    this.report = null
  }

  async #start(work: (run: ImportRun) => Promise<ImportReport>): Promise<void> {
    const run = new ImportRun(this.#needs.api, {
      progress: (done, total) => Object.assign(this, { done, total }),
      added: (docs) => this.#needs.library.add(docs)
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
}

/** A dropped or chosen file, its size asked for only when its batch is formed: for a file on disk the browser looks it up. */
function toImport(file: File): FileToImport {
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
