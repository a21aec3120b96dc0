import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FingerprintCache } from '../../../../src/main/analysis/fingerprint-cache'
import { fingerprintFile } from '../../../../src/main/analysis/fingerprinted'
import { FINGERPRINT_VERSION } from '../../../../src/shared/analysis'
import { fingerprintText } from '../../../../src/shared/analysis/fingerprint'
import { tempDir } from '../../../helpers/temp-dir'
import { machineFolder } from '../../../../src/main/store/machine-folder'

const HASH = 'a'.repeat(64)
const OTHER = 'b'.repeat(64)
const fingerprint = fingerprintText('“We are ready,” Jane Doe said. The talks resume on Monday in Geneva.')

async function bootedCache(): Promise<FingerprintCache> {
  const cache = new FingerprintCache(machineFolder(await tempDir()))
  await cache.boot()
  return cache
}

describe('FingerprintCache', () => {
  it('reads back what it wrote, under this machine’s analysis/<textHash>.json with its format version', async () => {
    const cache = await bootedCache()
    await cache.write(HASH, fingerprintFile(fingerprint))
    expect(await cache.read(HASH)).toEqual(fingerprint)
    const stored = JSON.parse(await readFile(join(cache.folder, `${HASH}.json`), 'utf8'))
    expect(stored.version).toBe(FINGERPRINT_VERSION)
  })

  it('treats a missing, corrupt, other-version or misshapen file as no fingerprint', async () => {
    const cache = await bootedCache()
    const path = join(cache.folder, `${HASH}.json`)
    expect(await cache.read(HASH)).toBeNull()
    await writeFile(path, '{"version": 1, "fingerp')
    expect(await cache.read(HASH)).toBeNull()
    await writeFile(path, JSON.stringify({ version: FINGERPRINT_VERSION + 1, fingerprint }))
    expect(await cache.read(HASH)).toBeNull()
    await writeFile(path, JSON.stringify({ version: FINGERPRINT_VERSION, fingerprint: { ...fingerprint, sentences: 'none' } }))
    expect(await cache.read(HASH)).toBeNull()
  })

  it('writes many at once and keeps only the fingerprints of texts still in the library', async () => {
    const cache = await bootedCache()
    await cache.writeMany([
      { textHash: HASH, file: fingerprintFile(fingerprint) },
      { textHash: OTHER, file: fingerprintFile(fingerprint) }
    ])
    await cache.keepOnly(new Set([OTHER]))
    expect(await readdir(cache.folder)).toEqual([`${OTHER}.json`])
  })
})
