import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_CATEGORIES } from '../../../../src/shared/categories'
import { toMarkdown } from '../../../../src/shared/export'
import { OPTIONS, seedDocuments, seedText } from './fixtures'

const GOLDEN = join(__dirname, 'golden/seeds.md')

describe('Markdown export of the seeds', () => {
  it('uses seeds without astral characters, so UTF-16 offsets are code points', () => {
    for (const index of [0, 1, 2, 3, 4]) expect(/[\uD800-\uDFFF]/.test(seedText(index))).toBe(false)
  })

  it('matches the golden file exactly', () => {
    const markdown = toMarkdown(seedDocuments(), DEFAULT_CATEGORIES, OPTIONS)
    // Set UPDATE_GOLDEN=1 to rewrite it, then read the file before accepting it.
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) writeFileSync(GOLDEN, markdown)
    expect(markdown).toBe(readFileSync(GOLDEN, 'utf8'))
  })
})
