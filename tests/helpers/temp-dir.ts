import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach } from 'vitest'

export const SEEDS_DIR = resolve(import.meta.dirname, '..', '..', 'seeds')

const made: string[] = []
const closers: (() => Promise<void>)[] = []

/** A fresh real folder for one test, removed after it. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-test-'))
  made.push(dir)
  return dir
}

/** Runs `close` once the test ends, before its folders are removed: what still writes into them would race the removal. */
export function closeBeforeRemoval(close: () => Promise<void>): void {
  closers.push(close)
}

afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})
