import { watch, type FSWatcher } from 'node:fs'
import { AnnotationStore } from './annotation-store'
import type { Backups } from './backups'
import type { CatalogStore } from './catalog-store'
import { CATALOG_FILE } from './formats/catalog'

export interface DataGuardOptions {
  dataDir: string
  backups: Backups
  catalog: CatalogStore
  annotations: AnnotationStore
  /** Time between snapshot attempts; a snapshot is only made when a file changed. */
  backupEveryMs: number
  onError: (error: unknown) => void
}

/** Our own writes set off events too; waiting a moment lets a burst of them settle into one look at the file. */
const SETTLE_MS = 150

/**
 * What keeps the data folder safe while the app runs: a backup snapshot at start and then every `backupEveryMs`, and a
 * watch on the data files so a change another program makes is taken in when it happens, not only at the next write.
 */
export function guardDataFolder(options: DataGuardOptions): { stop: () => Promise<void> } {
  const { dataDir, backups, catalog, annotations, onError } = options
  let snapshot: Promise<unknown> = Promise.resolve()
  const takeSnapshot = () => {
    snapshot = backups.snapshot().catch(onError)
  }
  takeSnapshot()
  const timer = setInterval(takeSnapshot, options.backupEveryMs)
  timer.unref()
  const watchers = [
    watchFiles(dataDir, (name) => (name === CATALOG_FILE ? catalog.refresh() : null), onError),
    watchFiles(
      annotations.folder,
      (name) => {
        const documentId = AnnotationStore.documentOf(name)
        return documentId ? annotations.refresh(documentId) : null
      },
      onError
    )
  ]
  return {
    stop: async () => {
      clearInterval(timer)
      for (const watcher of watchers) watcher.close()
      await snapshot
    }
  }
}

/** Calls `refresh` with the name of each file in `folder` that changed, once its changes have settled. */
function watchFiles(folder: string, refresh: (name: string) => Promise<boolean> | null, onError: (error: unknown) => void): FSWatcher {
  const settling = new Map<string, NodeJS.Timeout>()
  const watcher = watch(folder, { persistent: false }, (_event, name) => {
    if (!name) return
    clearTimeout(settling.get(name))
    const timer = setTimeout(() => {
      settling.delete(name)
      refresh(name)?.catch(onError)
    }, SETTLE_MS)
    timer.unref()
    settling.set(name, timer)
  })
  watcher.on('error', onError)
  watcher.on('close', () => settling.forEach(clearTimeout))
  return watcher
}
