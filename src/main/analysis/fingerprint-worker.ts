import { parentPort } from 'node:worker_threads'
import { fingerprintText } from '../../shared/analysis/fingerprint'

// One text in, its fingerprint out. A throw ends this worker: the pool reports it for that document and starts another.
parentPort?.on('message', (text: string) => parentPort?.postMessage(fingerprintText(text)))
