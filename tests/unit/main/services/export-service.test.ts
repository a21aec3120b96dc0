import { describe, expect, it } from 'vitest'
import { openServices } from '../../../helpers/test-services'
import { SEEDS_DIR, tempDir } from '../../../helpers/temp-dir'

async function seededWithHighlight() {
  const services = await openServices({ dataDir: await tempDir(), seedsDir: SEEDS_DIR, version: 'test', transport: 'http' })
  const doc = services.library.list().find((d) => d.title.startsWith('Hamas rejects Trump threat'))!
  const { text } = await services.library.open(doc.id)
  const passage = 'Hamas has dismissed the latest warning'
  const start = text.indexOf(passage)
  await services.handlers.createHighlight({ documentId: doc.id, categoryId: 'claim', start, end: start + passage.length })
  return { services, doc }
}

describe('ExportService', () => {
  it('names each document’s outlet as the library shows it: the domain of its link, or the name the user gave', async () => {
    const { services, doc } = await seededWithHighlight()
    // The seed names no outlet; its link's registrable domain is its outlet.
    await services.library.updateMeta(doc.id, { url: 'https://www.aljazeera.com/news/2025/3/6/hamas-rejects' })
    const byDomain = await services.exports.export({ format: 'md' })
    expect(byDomain.content).toContain('- Outlet: aljazeera.com\n- Category: Claim\n')
    expect(byDomain.content).toMatch(/\noutlet: aljazeera\.com\n/)
    await services.outlets.rename('aljazeera.com', 'Al Jazeera')
    expect((await services.exports.export({ format: 'md' })).content).toContain('- Outlet: Al Jazeera\n')
    await services.shutdown()
  })

  it('writes the report the options ask for: no outlets, no links, every document', async () => {
    const { services } = await seededWithHighlight()
    const plain = await services.exports.export({ format: 'md', report: { outlets: false, links: false, emptyDocuments: true } })
    expect(plain.content.match(/^## /gm)).toHaveLength(5)
    expect(plain.content).not.toMatch(/- Outlet:|parallax:|characters \d|null/)
    await services.shutdown()
  })
})
