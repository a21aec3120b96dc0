import type { Handlers } from '../../shared/contract'
import type { AppInfo } from '../../shared/model'
import type { LibraryService } from '../services/library-service'
import type { SettingsService } from '../services/settings-service'

interface HandlerDeps {
  library: LibraryService
  settings: SettingsService
  info: AppInfo
}

/** Maps each contract entry to a service call. Handlers stay thin: arguments arrive parsed. */
export function createHandlers({ library, settings, info }: HandlerDeps): Handlers {
  return {
    getAppInfo: async () => info,
    listDocuments: async () => library.list(),
    openDocument: ({ id }) => library.open(id),
    updateDocumentMeta: ({ id, patch }) => library.updateMeta(id, patch),
    deleteDocument: ({ id }) => library.remove(id),
    getSettings: async () => settings.get(),
    updateSettings: (change) => settings.update(change)
  }
}
