import { existsSync } from 'node:fs'
import { cp, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * A copy of a library for a server to run on (made once, reused on later runs): the server writes its own files (the
 * comparison's fingerprints, the workspace) into its data folder, which the other figures read as it was made.
 */
export async function servedCopy(dataDir: string): Promise<string> {
  const served = `${dataDir}-served-v1`
  if (existsSync(join(served, 'copied'))) return served
  await rm(served, { recursive: true, force: true })
  await cp(dataDir, served, { recursive: true })
  await writeFile(join(served, 'copied'), '')
  return served
}
