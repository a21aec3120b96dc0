import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Fingerprinted } from './fingerprinted'
import { Service } from '../services/service'

/** Workers kept: a core is left to the main thread, and more than two gain little, since imports come a document at a time. */
export function workerCount(): number {
  return Math.min(2, Math.max(1, availableParallelism() - 1))
}

interface Job {
  text: string
  resolve: (made: Fingerprinted) => void
  reject: (error: Error) => void
}

/**
 * Fingerprints texts in `node:worker_threads` workers running the built fingerprint-worker.js, so a long text is read
 * while the main thread goes on answering calls. Workers start on first use, take one text at a time, and do not keep
 * the process alive while idle. A worker that throws or dies fails its text with the reason and is replaced for the
 * next one.
 */
export class FingerprintWorkers extends Service {
  readonly #script: string | URL
  readonly #size: number
  readonly #idle: Worker[] = []
  readonly #busy = new Map<Worker, Job>()
  readonly #waiting: Job[] = []
  #closed = false

  constructor(script: string | URL, size = workerCount()) {
    super()
    this.#script = script
    this.#size = size
  }

  fingerprint(text: string): Promise<Fingerprinted> {
    if (this.#closed) return Promise.reject(new Error('the analysis has stopped'))
    return new Promise((resolve, reject) => {
      this.#waiting.push({ text, resolve, reject })
      this.#next()
    })
  }

  /** Ends the workers; texts not fingerprinted yet fail. */
  override async shutdown(): Promise<void> {
    this.#closed = true
    for (const job of this.#waiting.splice(0)) job.reject(new Error('the analysis has stopped'))
    await Promise.all([...this.#idle, ...this.#busy.keys()].map((worker) => worker.terminate()))
  }

  #next(): void {
    while (this.#waiting.length > 0) {
      const worker = this.#idle.pop() ?? (this.#idle.length + this.#busy.size < this.#size ? this.#start() : undefined)
      if (!worker) return
      const job = this.#waiting.shift()!
      this.#busy.set(worker, job)
      worker.ref()
      worker.postMessage(job.text)
    }
  }

  #start(): Worker {
    const worker = new Worker(this.#script)
    worker.on('message', (made: Fingerprinted) => {
      const job = this.#busy.get(worker)
      this.#busy.delete(worker)
      worker.unref()
      this.#idle.push(worker)
      job?.resolve(made)
      this.#next()
    })
    worker.on('error', (error) => this.#lost(worker, error.message))
    worker.on('exit', (code) => this.#lost(worker, this.#closed ? 'the analysis has stopped' : `the analysis stopped (exit code ${code})`))
    return worker
  }

  /** A worker gone (after 'error' comes 'exit': the first says why). */
  #lost(worker: Worker, reason: string): void {
    const job = this.#busy.get(worker)
    this.#busy.delete(worker)
    const idle = this.#idle.indexOf(worker)
    if (idle >= 0) this.#idle.splice(idle, 1)
    job?.reject(new Error(reason))
    if (!this.#closed) this.#next()
  }
}
