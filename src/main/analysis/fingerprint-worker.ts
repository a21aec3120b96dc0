import { parentPort } from 'node:worker_threads'
import { buffersOf } from '../../shared/analysis/packed-fingerprint'
import { fingerprinted } from './fingerprinted'

// One text in, what the analysis keeps of it out, its arrays moved rather than copied. A throw ends this worker: the
// pool reports it for that document and starts another.
parentPort?.on('message', (text: string) => {
  const made = fingerprinted(text)
  parentPort?.postMessage(made, [...buffersOf(made.fingerprint), made.file.buffer as ArrayBuffer])
})
