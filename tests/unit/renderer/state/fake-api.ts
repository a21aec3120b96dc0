import type { Api } from '../../../../src/shared/contract/calls'
import type { DocumentAnnotations, DocumentMeta, PlacedHighlight } from '../../../../src/shared/model'

export interface Call {
  name: string
  input: unknown
}

/** An Api that answers the calls a test gives and records every call made; any other call fails, naming itself. */
export function fakeApi(answers: Partial<Api>): { api: Api; calls: Call[] } {
  const calls: Call[] = []
  const api = new Proxy({} as Api, {
    get: (_target, name: string) => async (input: unknown) => {
      calls.push({ name, input })
      const answer = (answers as Record<string, (input: unknown) => Promise<unknown>>)[name]
      if (!answer) throw new Error(`The test did not expect a call to ${name}.`)
      return answer(input)
    }
  })
  return { api, calls }
}

/** The names of the calls made, in order. */
export function names(calls: readonly Call[]): string[] {
  return calls.map((call) => call.name)
}

export function meta(id: string, fields: Partial<DocumentMeta> = {}): DocumentMeta {
  return {
    id,
    title: `Document ${id}`,
    author: null,
    outlet: null,
    date: null,
    url: null,
    encoding: null,
    wordCount: 12,
    tags: [],
    sourceName: `${id}.txt`,
    sourceHash: 'a'.repeat(64),
    textHash: 'b'.repeat(64),
    addedAt: '2025-01-02T03:04:05.000Z',
    updatedAt: '2025-01-02T03:04:05.000Z',
    ...fields
  }
}

export function highlight(id: string, documentId: string, start: number, end: number, fields: Partial<PlacedHighlight> = {}): PlacedHighlight {
  return {
    id,
    documentId,
    categoryId: 'claim',
    tags: [],
    note: '',
    position: { start, end },
    quote: { exact: 'x'.repeat(end - start), prefix: '', suffix: '' },
    orphan: null,
    createdAt: '2025-01-02T03:04:05.000Z',
    updatedAt: '2025-01-02T03:04:05.000Z',
    range: { start, end },
    ...fields
  }
}

/**
 * The calls that open documents, for a library of short texts and their annotations: a text is sent whole, and the
 * comparison of documents fails (the reader shows the text without it).
 */
export function readingAnswers(texts: Record<string, string>, annotations: Record<string, DocumentAnnotations>): Partial<Api> {
  return {
    openDocument: async ({ id }) => ({ meta: meta(id), text: texts[id]!, length: texts[id]!.length }),
    getAnnotations: async ({ documentId }) => structuredClone(annotations[documentId] ?? { documentId, note: '', highlights: [] }),
    getDocumentAnalysis: async () => {
      throw new Error('No analysis in these tests.')
    }
  }
}
