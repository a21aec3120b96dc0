import { describe, expect, it } from 'vitest'
import { annotationFormat } from '../../../../../src/main/store/formats/annotations'
import { openDataFile } from '../../../../helpers/data-file'

const DOC = 'd_0123456789abcdef'
const FILE = `annotations/${DOC}.json`

const HIGHLIGHT = {
  id: 'h_0123456789abcdef',
  documentId: DOC,
  categoryId: 'claim',
  tags: ['turnout'],
  note: 'Compare the wire copy.',
  position: { start: 10, end: 42 },
  quote: { exact: 'the majority leader lost', prefix: 'In a stunning upset, ', suffix: ' his primary' },
  orphan: null,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-02T00:00:00.000Z'
}

describe('annotations migration 1', () => {
  it('numbers an unversioned notes file, with an empty note where it had none, and writes it back', async () => {
    const unversioned = { documentId: DOC, textHash: 'a'.repeat(64), highlights: [HIGHLIGHT] }
    const { data, onDisk } = await openDataFile(FILE, annotationFormat(DOC, 'a'.repeat(64)), unversioned)
    const expected = { schemaVersion: 1, documentId: DOC, textHash: 'a'.repeat(64), note: '', highlights: [HIGHLIGHT] }
    expect(data).toEqual(expected)
    expect(onDisk).toEqual(expected)
  })
})

describe('the annotations file’s storage schema', () => {
  it('reads a highlight the calls would refuse today (a note over their limit, a time not in ISO form) as it was saved, and moves nothing aside', async () => {
    const saved = { ...HIGHLIGHT, note: 'n'.repeat(250_000), createdAt: '2024-01-01 00:00' }
    const file = { schemaVersion: 1, documentId: DOC, textHash: 'h', note: '', highlights: [saved] }
    const { data, onDisk, folder } = await openDataFile(FILE, annotationFormat(DOC, 'h'), file)
    expect(data.highlights).toEqual([saved])
    expect(onDisk).toEqual(file)
    expect(folder.notices.list()).toEqual([])
  })
})
