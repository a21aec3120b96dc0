import { parentPort } from 'node:worker_threads'
import { LibraryIndex } from './library-index'
import { answer, type IndexCall, type IndexReply } from './search-index'

// The library's search index, in a thread of its own (search-index.ts, `indexInWorker`). Calls are answered one at a
// time, in the order they came, so a search sees every change sent before it.
const index = new LibraryIndex()
let queue: Promise<unknown> = Promise.resolve()

parentPort?.on('message', ({ id, call }: { id: number; call: IndexCall }) => {
  queue = queue.then(async () => {
    const reply: IndexReply = await answer(index, call).then(
      (value) => ({ id, value }),
      (error: unknown) => ({ id, error: error instanceof Error ? error.message : String(error) })
    )
    parentPort?.postMessage(reply)
  })
})
