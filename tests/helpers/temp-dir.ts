import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach } from 'vitest'

export const SEEDS_DIR = resolve(import.meta.dirname, '..', '..', 'seeds')

const made: string[] = []

/** A fresh real folder for one test, removed after it. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-test-'))
  made.push(dir)
  return dir
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})
