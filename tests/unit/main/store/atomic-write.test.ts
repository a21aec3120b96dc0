import { link, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeNewFiles } from '../../../../src/main/store/atomic-write'
import { tempDir } from '../../../helpers/temp-dir'

describe('writeNewFiles', () => {
  it('writes every file, leaving no temporary file behind', async () => {
    const dir = await tempDir()
    const files = Array.from({ length: 40 }, (_, i) => ({ path: join(dir, `f${i}.txt`), content: `content ${i}` }))
    await writeNewFiles(files)
    expect((await readdir(dir)).sort()).toEqual(files.map((_, i) => `f${i}.txt`).sort())
    for (const [i, file] of files.entries()) expect(await readFile(file.path, 'utf8')).toBe(`content ${i}`)
  })

  it('replaces a file already there with a new one instead of rewriting it in place', async () => {
    const dir = await tempDir()
    const path = join(dir, 'shared.txt')
    await writeFile(path, 'what a reader may hold')
    // A second name for the old file shows whether its bytes were overwritten or the name now points elsewhere.
    await link(path, join(dir, 'old-name.txt'))
    await writeNewFiles([{ path, content: 'the new content' }])
    expect(await readFile(path, 'utf8')).toBe('the new content')
    expect(await readFile(join(dir, 'old-name.txt'), 'utf8')).toBe('what a reader may hold')
    expect((await readdir(dir)).sort()).toEqual(['old-name.txt', 'shared.txt'])
  })
})
