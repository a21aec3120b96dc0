import type { Api } from '../../shared/contract/calls'
import { DEFAULT_EXPORT_CHOICES, type ExportChoices } from '../../shared/export/types'
import type { ExportFile } from '../../shared/model'
import type { NoticeState } from './notices.svelte'

export type ExportOptions = Parameters<Api['exportNotes']>[0]

/**
 * Exporting notes: the file a choice of options makes, and, in the desktop app, saving it where the user says. The
 * dialog's choices are kept in the settings, so the next export starts from the last one.
 */
export class ExportController {
  choices = $state.raw<ExportChoices>(DEFAULT_EXPORT_CHOICES)
  readonly #api: Api
  readonly #notices: NoticeState

  constructor(api: Api, notices: NoticeState) {
    this.#api = api
    this.#notices = notices
  }

  async load(): Promise<void> {
    this.choices = (await this.#api.getSettings({})).export
  }

  /** Keeps the dialog's choices for the next export. */
  async remember(choices: ExportChoices): Promise<void> {
    this.choices = choices
    await this.#api.updateSettings({ export: choices }).catch((error: unknown) => this.#notices.failed(error))
  }

  render(options: ExportOptions): Promise<ExportFile> {
    return this.#api.exportNotes(options)
  }

  /** Saves through the desktop app's own dialog; resolves with the path, or null when the user cancelled. A failure is thrown. */
  async save(file: ExportFile): Promise<string | null> {
    const path = await this.#api.saveExportFile({ fileName: file.fileName, content: file.content })
    if (path) this.#notices.info(`Saved ${path}.`)
    return path
  }
}
