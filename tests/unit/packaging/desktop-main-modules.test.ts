import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { desktopMainModules } from '../../../build/desktop-main-modules'
import { tempDir } from '../../helpers/temp-dir'

describe('desktopMainModules', () => {
  it('follows the chunks a bundle imports, and not the imports a bundled package’s JSDoc names', async () => {
    const root = await tempDir()
    await mkdir(join(root, 'out', 'main', 'chunks'), { recursive: true })
    await writeFile(join(root, 'out', 'main', 'index.js'), 'import { a } from "./chunks/a.js";\nconst b = () => import("./chunks/b.js");\n')
    await writeFile(join(root, 'out', 'main', 'chunks', 'a.js'), '/**\n* @param {import("../interface/document.js").Document} owner\n*/\n// from "./gone.js"\nexport const a = 1;\n')
    await writeFile(join(root, 'out', 'main', 'chunks', 'b.js'), 'export default 2;\n')
    expect(desktopMainModules(root)).toEqual(['out/main/chunks/a.js', 'out/main/chunks/b.js', 'out/main/index.js'])
  })
})
