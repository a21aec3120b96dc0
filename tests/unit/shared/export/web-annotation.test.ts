import Ajv from 'ajv'
import { describe, expect, it } from 'vitest'
import { DEFAULT_CATEGORIES } from '../../../../src/shared/categories'
import { fromWebAnnotation, toWebAnnotation } from '../../../../src/shared/export'
import { OPTIONS, seedDocuments } from './fixtures'

/** Written from the MUST statements of the W3C Web Annotation Data Model, not copied from elsewhere. */
const selector = {
  oneOf: [
    {
      type: 'object',
      required: ['type', 'exact'],
      properties: { type: { const: 'TextQuoteSelector' }, exact: { type: 'string' }, prefix: { type: 'string' }, suffix: { type: 'string' } }
    },
    {
      type: 'object',
      required: ['type', 'start', 'end'],
      properties: {
        type: { const: 'TextPositionSelector' },
        start: { type: 'integer', minimum: 0 },
        end: { type: 'integer', minimum: { $data: '1/start' } }
      }
    }
  ]
}
const target = {
  anyOf: [
    { type: 'string' },
    { type: 'object', required: ['source'], properties: { source: { type: 'string' }, selector: { anyOf: [selector, { type: 'array', items: selector }] } } }
  ]
}
const body = {
  type: 'object',
  if: { properties: { type: { const: 'TextualBody' } } },
  then: { required: ['value'], properties: { value: { type: 'string' } } }
}
const annotation = {
  type: 'object',
  required: ['id', 'type', 'target'],
  not: { required: ['body', 'bodyValue'] },
  properties: {
    id: { type: 'string', format: 'iri' },
    type: { anyOf: [{ const: 'Annotation' }, { type: 'array', contains: { const: 'Annotation' } }] },
    target: { anyOf: [target, { type: 'array', minItems: 1, items: target }] },
    body: { anyOf: [body, { type: 'array', items: body }] },
    bodyValue: { type: 'string' }
  }
}
const context = 'http://www.w3.org/ns/anno.jsonld'
const collection = {
  type: 'object',
  required: ['@context', 'id', 'type', 'first'],
  properties: {
    '@context': { anyOf: [{ const: context }, { type: 'array', contains: { const: context } }] },
    id: { type: 'string', format: 'iri' },
    type: { const: 'AnnotationCollection' },
    total: { type: 'integer', minimum: 0 },
    first: { type: 'object', required: ['type', 'items'], properties: { type: { const: 'AnnotationPage' }, items: { type: 'array', items: annotation } } }
  }
}

function validator() {
  const ajv = new Ajv({ $data: true, allErrors: true })
  ajv.addFormat('iri', /^[a-z][a-z0-9+.-]*:\S+$/i)
  return ajv.compile(collection)
}

describe('toWebAnnotation', () => {
  it('writes a collection the schema accepts, with every highlight', () => {
    const json = toWebAnnotation(seedDocuments(), DEFAULT_CATEGORIES, OPTIONS)
    const validate = validator()
    expect(validate(JSON.parse(JSON.stringify(json))), JSON.stringify(validate.errors)).toBe(true)
    expect(json.id).toBe('urn:parallax:export:2026-02-01T12:00:00.000Z')
    expect(json.total).toBe(9)
    expect(json.first.items).toHaveLength(9)
  })

  it('describes a highlight with purposes, selectors and a commenting motivation when there is a note', () => {
    const items = toWebAnnotation(seedDocuments(), DEFAULT_CATEGORIES, OPTIONS).first.items
    const item = items.find((a) => a.id === 'urn:parallax:highlight:h0a')
    expect(item?.motivation).toBe('commenting')
    expect(item?.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', format: 'text/markdown', value: 'Repeated in **RT** too.' },
      { type: 'TextualBody', purpose: 'tagging', value: 'deadline' },
      { type: 'TextualBody', purpose: 'classifying', value: 'Quote' }
    ])
    expect(item?.target.source).toBe('urn:parallax:document:d0')
    expect(item?.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 752, end: 841 })
    expect(items.find((a) => a.id === 'urn:parallax:highlight:h0b')?.motivation).toBe('highlighting')
  })

  it('rejects what the schema forbids', () => {
    const validate = validator()
    const json = JSON.parse(JSON.stringify(toWebAnnotation(seedDocuments(), DEFAULT_CATEGORIES, OPTIONS)))
    json.first.items[0].bodyValue = 'x'
    json.first.items[1].target.selector[1].end = 1
    json.first.items[2].target.selector[1].start = 1.5
    delete json.first.items[3].target
    expect(validate(json)).toBe(false)
    expect(validate.errors?.map((e) => e.instancePath.split('/').slice(0, 4).join('/'))).toEqual(
      expect.arrayContaining(['/first/items/0', '/first/items/1', '/first/items/2', '/first/items/3'])
    )
  })
})

describe('fromWebAnnotation', () => {
  it('gives back the highlights, with the category by name and orphans to be anchored again', () => {
    const docs = seedDocuments()
    const back = fromWebAnnotation(JSON.parse(JSON.stringify(toWebAnnotation(docs, DEFAULT_CATEGORIES, OPTIONS))))
    expect(back).toEqual(
      docs.map(({ meta, highlights }) => ({
        documentTitle: meta.title,
        sourceName: meta.sourceName,
        highlights: [...highlights]
          .sort((a, b) => a.position.start - b.position.start || b.position.end - a.position.end)
          .map((h) => ({
            categoryId: DEFAULT_CATEGORIES.find((c) => c.id === h.categoryId)?.name,
            tags: h.tags, note: h.note, position: h.position, quote: h.quote, orphan: null
          }))
      }))
    )
  })

  it('throws one clear sentence on malformed input', () => {
    expect(() => fromWebAnnotation('nope')).toThrow('The file is not a Web Annotation document: expected a JSON object.')
    expect(() => fromWebAnnotation({ type: 'AnnotationCollection' })).toThrow('The annotation collection has no page with an items list.')
    const item = { type: 'Annotation', target: { source: 'urn:x', selector: [{ type: 'TextQuoteSelector', exact: 'a' }, { type: 'TextPositionSelector', start: 3, end: 2 }] } }
    expect(() => fromWebAnnotation([item])).toThrow('Annotation 1 has no TextPositionSelector with whole-number start and end, start not after end.')
    expect(() => fromWebAnnotation([{ ...item, body: [], bodyValue: 'x' }])).toThrow('Annotation 1 has both body and bodyValue.')
    expect(() => fromWebAnnotation([{ type: 'Annotation' }])).toThrow('Annotation 1 has no target with a source.')
  })

  it('reads a bodyValue as the note, as other tools write it', () => {
    const item = { type: 'Annotation', bodyValue: 'Hi', target: { source: 'urn:x', selector: [{ type: 'TextQuoteSelector', exact: 'a' }, { type: 'TextPositionSelector', start: 0, end: 1 }] } }
    expect(fromWebAnnotation(item)[0]?.highlights[0]?.note).toBe('Hi')
  })
})
