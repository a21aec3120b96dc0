import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { openServices } from '../../../helpers/test-services'
import type { CatalogData } from '../../../../src/main/store/catalog-store'
import type { AnnotationFile } from '../../../../src/main/store/annotation-store'
import { otherProgramWritesSlowly } from '../../../helpers/other-program'
import { SEEDS_DIR, tempDir } from '../../../helpers/temp-dir'
import { inMachineFolder } from '../../../helpers/machine-path'

/** Data folders edited side by side, each by its own running Parallax and its own other program. */
const CHAINS = 4
/** Slow in-place edits per folder, turn about of the catalog and of one document's notes. */
const ROUNDS = 10

interface Figures {
  outsideEdits: number
  takenIn: number
  parallaxEdits: number
  kept: number
  damaged: number
}

describe('other programs rewriting the data files slowly while Parallax runs and edits them', () => {
  it(`takes in ${CHAINS * ROUNDS} in-place edits written in chunks, keeps every edit of its own made meanwhile, and moves nothing aside`, { timeout: 180_000 }, async () => {
    const figures: Figures = { outsideEdits: 0, takenIn: 0, parallaxEdits: 0, kept: 0, damaged: 0 }
    const started = performance.now()
    await Promise.all(Array.from({ length: CHAINS }, () => editSideBySide(figures)))
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.log(
      `slow outside edits (${seconds} s): in-place edits in 4 chunks 300 ms apart ${figures.outsideEdits}, taken in ${figures.takenIn}, ` +
        `Parallax edits made meanwhile ${figures.parallaxEdits}, kept ${figures.kept}, files moved to damaged/ ${figures.damaged}`
    )
    expect(figures).toEqual({ outsideEdits: CHAINS * ROUNDS, takenIn: CHAINS * ROUNDS, parallaxEdits: 2 * CHAINS * ROUNDS, kept: 2 * CHAINS * ROUNDS, damaged: 0 })
  })
})

async function editSideBySide(figures: Figures): Promise<void> {
  const dir = await tempDir()
  const services = await openServices({ dataDir: dir, seedsDir: SEEDS_DIR, version: 'test', transport: 'http', backupEveryMinutes: 10 })
  const { handlers } = services
  const doc = services.library.list()[0]!
  const catalogPath = join(dir, 'catalog.json')
  const notesPath = join(dir, 'annotations', `${doc.id}.json`)
  const tags: { documentId: string; tag: string }[] = []
  const highlights: string[] = []
  try {
    await handlers.setDocumentNote({ documentId: doc.id, note: 'before' })
    const docs = services.library.list()
    for (let round = 1; round <= ROUNDS; round++) {
      const inCatalog = round % 2 === 1
      const path = inCatalog ? catalogPath : notesPath
      const theirs = JSON.parse(await readFile(path, 'utf8')) as CatalogData & AnnotationFile
      if (inCatalog) theirs.settings.importLimitMb = round
      else theirs.note = `round ${round}`
      const { done } = await otherProgramWritesSlowly(path, JSON.stringify(theirs, null, 2))
      figures.outsideEdits++
      const tagged = { documentId: docs[round % docs.length]!.id, tag: `mine-${round}` }
      const [, highlight] = await Promise.all([
        handlers.setDocumentTags({ documentId: tagged.documentId, tags: [...services.library.get(tagged.documentId).tags, tagged.tag] }),
        handlers.createHighlight({ documentId: doc.id, start: round * 10, end: round * 10 + 5, categoryId: 'claim' }),
        done
      ])
      figures.parallaxEdits += 2
      tags.push(tagged)
      highlights.push(highlight.id)
      // A catalog edit goes to the journal at once, without waiting for the other program: the watch takes its change in
      // once the file has been quiet for a moment.
      await vi.waitFor(
        async () => {
          const now = inCatalog ? services.settings.get().importLimitMb : (await handlers.getAnnotations({ documentId: doc.id })).note
          expect(now).toBe(inCatalog ? round : `round ${round}`)
        },
        { timeout: 5000 }
      )
      figures.takenIn++
    }
    expect(services.notices.list().filter((notice) => notice.kind !== 'reloaded')).toEqual([])
  } finally {
    // Which also folds the journal of catalog edits into catalog.json.
    await services.shutdown()
  }
  const catalog = JSON.parse(await readFile(catalogPath, 'utf8')) as CatalogData
  const notes = JSON.parse(await readFile(notesPath, 'utf8')) as AnnotationFile
  expect(catalog.settings.importLimitMb).toBe(ROUNDS - 1)
  expect(notes.note).toBe(`round ${ROUNDS}`)
  const savedHighlights = new Set(notes.highlights.map((h) => h.id))
  figures.kept += tags.filter(({ documentId, tag }) => catalog.documents[documentId]!.tags.includes(tag)).length
  figures.kept += highlights.filter((id) => savedHighlights.has(id)).length
  figures.damaged += (await readdir(inMachineFolder(dir, 'damaged')).catch(() => [])).length
}
