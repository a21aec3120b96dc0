import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { FINGERPRINT_VERSION, type DocumentFingerprint } from '../../shared/analysis'
import { removeStaleTempFiles, writeFileAtomically, writeNewFiles } from '../store/atomic-write'
import { ANALYSIS_FOLDER, type MachineFolder } from '../store/machine-folder'

const span = { start: z.number().int(), end: z.number().int() }
const fingerprintSchema = z.object({
  length: z.number().int(),
  boilerplate: z.array(z.object({ ...span, reason: z.enum(['header', 'byline', 'furniture', 'caption', 'comments', 'other-stories']) })),
  paragraphs: z.array(z.object(span)),
  sentences: z.array(z.object({ ...span, paragraph: z.number().int(), terms: z.array(z.string()), speaker: z.string().nullable() })),
  quotes: z.array(z.object({ ...span, text: z.string(), speaker: z.string().nullable(), terms: z.array(z.string()) }))
})
const fileSchema = z.object({ version: z.literal(FINGERPRINT_VERSION), fingerprint: fingerprintSchema })

const FILE_NAME = /^([0-9a-f]{64})\.json$/

/**
 * Fingerprints on disk under this machine's analysis/, one file per text hash (as `fingerprintFile` writes it), so each text is read
 * once however often it is analysed. A file from another format version, or one that does not parse, counts as missing
 * and is computed again.
 */
export class FingerprintCache {
  readonly folder: string

  constructor(machine: MachineFolder) {
    this.folder = join(machine.path, ANALYSIS_FOLDER)
  }

  async boot(): Promise<void> {
    await mkdir(this.folder, { recursive: true })
    await removeStaleTempFiles(this.folder)
  }

  async read(textHash: string): Promise<DocumentFingerprint | null> {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(await readFile(this.#pathOf(textHash), 'utf8')))
      return parsed.success ? parsed.data.fingerprint : null
    } catch {
      return null
    }
  }

  /** Stores a fingerprint's file, made by `fingerprintFile` where the fingerprint was. */
  async write(textHash: string, file: Uint8Array): Promise<void> {
    await writeFileAtomically(this.#pathOf(textHash), file)
  }

  /** Writes many fingerprints' files with one folder sync at the end, as a first analysis of a large library needs. */
  async writeMany(entries: { textHash: string; file: Uint8Array }[]): Promise<void> {
    await writeNewFiles(entries.map(({ textHash, file }) => ({ path: this.#pathOf(textHash), content: file })))
  }

  async remove(textHash: string): Promise<void> {
    await rm(this.#pathOf(textHash), { force: true })
  }

  /** Removes the fingerprints of texts no document has any more. */
  async keepOnly(textHashes: ReadonlySet<string>): Promise<void> {
    const names = await readdir(this.folder).catch(() => [])
    const stale = names.filter((name) => {
      const hash = FILE_NAME.exec(name)?.[1]
      return hash !== undefined && !textHashes.has(hash)
    })
    await Promise.all(stale.map((name) => rm(join(this.folder, name), { force: true })))
  }

  #pathOf(textHash: string): string {
    return join(this.folder, `${textHash}.json`)
  }
}
