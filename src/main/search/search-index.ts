import { Worker } from 'node:worker_threads'
import type { SearchQuery, SearchResults } from '../../shared/search'
import { timeSlices } from '../time-slices'
import { LibraryIndex, type IndexStats } from './library-index'

/** The calls a `LibraryIndex` answers for the search service, each a promise, wherever the index lives. */
export interface SearchIndex {
  setDocument(...args: Parameters<LibraryIndex['setDocument']>): Promise<void>
  setAnnotations(...args: Parameters<LibraryIndex['setAnnotations']>): Promise<void>
  removeDocument(id: string): Promise<void>
  search(query: SearchQuery): Promise<Omit<SearchResults, 'tookMs'>>
  stats(): Promise<IndexStats>
  /** Gives back the room kept for growth, once the whole library is indexed, a step at a time. */
  trim(): Promise<void>
  close(): Promise<void>
}

export type IndexCall = { [Op in keyof SearchIndex]: { op: Op; args: Parameters<SearchIndex[Op]> } }[Exclude<keyof SearchIndex, 'close'>]
export type IndexReply = { id: number; value?: unknown; error?: string }

/** Answers one call on `index`; trimming takes turns with whatever else the thread has to do. */
export async function answer(index: LibraryIndex, call: IndexCall): Promise<unknown> {
  switch (call.op) {
    case 'setDocument':
      return index.setDocument(...call.args)
    case 'setAnnotations':
      return index.setAnnotations(...call.args)
    case 'removeDocument':
      return index.removeDocument(...call.args)
    case 'search':
      return index.search(...call.args)
    case 'stats':
      return index.stats()
    case 'trim': {
      const trimming = index.trimming()
      const breathe = timeSlices()
      while (!trimming.next().done) await breathe()
      return undefined
    }
  }
}

/** The index in this thread: where no worker script is given (tests, and tools that run from source). */
export function indexInThisThread(): SearchIndex {
  const index = new LibraryIndex()
  return through((made) => answer(index, made), async () => undefined)
}

/**
 * The index in a `node:worker_threads` worker running the built search-worker.js. Indexing a large library makes a
 * heap of hundreds of megabytes, and marking it held this thread's event loop for 200 to 500 ms at a time while the
 * index was built (10,000 documents, `node --trace-gc`: the holds came each with a full collection, 310 and 501 ms of
 * incremental marking done inside the indexing of one document); a worker's heap is its own. Calls are answered in
 * the order they were made. A worker that dies fails the calls it had, and `lost` is called so the index is built
 * again, in a new worker, when it is next asked for.
 */
export function indexInWorker(script: string | URL, lost: (reason: string) => void): SearchIndex {
  let worker: Worker | null = null
  let nextId = 0
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>()
  let closing = false

  const start = (): Worker => {
    const started = new Worker(script)
    started.on('message', ({ id, value, error }: IndexReply) => {
      const call = waiting.get(id)
      waiting.delete(id)
      if (error === undefined) call?.resolve(value)
      else call?.reject(new Error(error))
      if (waiting.size === 0) started.unref()
    })
    const gone = (reason: string) => {
      if (worker !== started) return
      worker = null
      for (const call of waiting.values()) call.reject(new Error(reason))
      waiting.clear()
      if (!closing) lost(reason)
    }
    started.on('error', (error) => gone(`the search stopped: ${error.message}`))
    started.on('exit', (code) => gone(`the search stopped (exit code ${code})`))
    return started
  }

  const call = (made: IndexCall): Promise<unknown> => {
    if (closing) return Promise.reject(new Error('the search has stopped'))
    worker ??= start()
    worker.ref()
    const id = nextId++
    const reply = new Promise((resolve, reject) => waiting.set(id, { resolve, reject }))
    worker.postMessage({ id, call: made })
    return reply
  }

  return through(call, async () => {
    closing = true
    for (const pending of waiting.values()) pending.reject(new Error('the search has stopped'))
    waiting.clear()
    await worker?.terminate()
    worker = null
  })
}

/** A `SearchIndex` whose calls all go through `call`. */
function through(call: (made: IndexCall) => Promise<unknown>, close: () => Promise<void>): SearchIndex {
  return {
    setDocument: async (...args) => void (await call({ op: 'setDocument', args })),
    setAnnotations: async (...args) => void (await call({ op: 'setAnnotations', args })),
    removeDocument: async (...args) => void (await call({ op: 'removeDocument', args })),
    search: async (...args) => (await call({ op: 'search', args })) as Omit<SearchResults, 'tookMs'>,
    stats: async () => (await call({ op: 'stats', args: [] })) as IndexStats,
    trim: async () => void (await call({ op: 'trim', args: [] })),
    close
  }
}
