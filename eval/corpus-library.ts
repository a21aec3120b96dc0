import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { createServices, type Services } from '../src/main/container'

export interface EmptyLibrary {
  services: Services
  dispose: () => Promise<void>
}

export interface CorpusLibrary extends EmptyLibrary {
  /** The document each corpus file became (a duplicate of another file: that file's document). */
  idOf: Map<string, string>
  /** The document's text, as the reader shows it. */
  text: (id: string) => Promise<string>
}

/** The real services on a fresh data folder with no seeds, removed with it by `dispose`. */
export async function emptyLibrary(): Promise<EmptyLibrary> {
  const root = await mkdtemp(join(tmpdir(), 'parallax-eval-'))
  const seedsDir = join(root, 'no-seeds')
  await mkdir(seedsDir)
  const services = await createServices({ dataDir: join(root, 'data'), seedsDir, version: 'eval', transport: 'electron' })
  return {
    services,
    dispose: async () => {
      await services.shutdown()
      await rm(root, { recursive: true, force: true })
    }
  }
}

/**
 * Imports a corpus's files into a fresh library through the real services, as a drop of those files would;
 * `files` are paths relative to `folder`.
 */
export async function importCorpus(folder: string, files: string[]): Promise<CorpusLibrary> {
  const library = await emptyLibrary()
  const { services } = library
  const report = await services.imports.importPaths(files.map((file) => join(folder, file)))
  if (report.rejected.length > 0) throw new Error(`Not imported: ${report.rejected.map((r) => `${r.name} (${r.message})`).join(', ')}`)
  const byName = new Map<string, string>()
  for (const doc of report.added) byName.set(doc.sourceName, doc.id)
  for (const duplicate of report.duplicates) byName.set(duplicate.name, duplicate.of.id)
  const idOf = new Map(files.map((file) => [file, byName.get(basename(file))!]))
  await services.analysis.build()
  return { ...library, idOf, text: async (id) => (await services.library.open(id)).text }
}
