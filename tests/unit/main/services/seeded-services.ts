import { expect } from 'vitest'
import { openServices } from '../../../helpers/test-services'
import { SEEDS_DIR } from '../../../helpers/temp-dir'

export function boot(dataDir: string) {
  return openServices({ dataDir, seedsDir: SEEDS_DIR, version: 'test', transport: 'http' })
}

/** Boots a library and returns the RT seed (001) with its text. */
export async function withSeed(dataDir: string) {
  const services = await boot(dataDir)
  const doc = services.library.list().find((d) => d.sourceName === '001_6a5ddc4e634fb7b6.txt')!
  const { text } = await services.library.open(doc.id)
  return { ...services, doc, text }
}

export function rangeOf(text: string, passage: string) {
  const start = text.indexOf(passage)
  expect(start).toBeGreaterThanOrEqual(0)
  return { start, end: start + passage.length }
}

/** A passage of the RT seed. */
export const PASSAGE = 'Trump asserted Hamas “didn’t really want to make a deal”'
