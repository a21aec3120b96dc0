import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CorpusIndex } from '../../../../src/shared/analysis'
import { fingerprintText } from '../../../../src/shared/analysis/fingerprint'
import { packFingerprint, type PackedFingerprint } from '../../../../src/shared/analysis/packed-fingerprint'
import { canonicalText } from '../../../../src/shared/text'
import { SEEDS_DIR } from '../../../helpers/temp-dir'

/** The five seeds as the app stores them (canonical text), keyed by their number: '000' … '004'. */
export const SEEDS: ReadonlyMap<string, string> = new Map(
  readdirSync(SEEDS_DIR)
    .sort()
    .map((name) => [name.slice(0, 3), canonicalText(readFileSync(join(SEEDS_DIR, name), 'utf8'))])
)

export function seed(key: string): string {
  const text = SEEDS.get(key)
  if (text === undefined) throw new Error(`No seed ${key}`)
  return text
}

/** A text's fingerprint as the corpus index takes it. */
export function packedFingerprint(text: string): PackedFingerprint {
  return packFingerprint(fingerprintText(text))
}

/** A corpus index of the five seeds, each under its number as document id. */
export function seedIndex(): CorpusIndex {
  const index = new CorpusIndex()
  for (const [key, text] of SEEDS) index.add(key, packedFingerprint(text))
  return index
}

/** Offsets of the first occurrence of `needle` in a seed; throws if it is not there, so a test cannot pass on a typo. */
export function spanOf(key: string, needle: string): { start: number; end: number } {
  const start = seed(key).indexOf(needle)
  if (start === -1) throw new Error(`"${needle}" is not in seed ${key}`)
  return { start, end: start + needle.length }
}
