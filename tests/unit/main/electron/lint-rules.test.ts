import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '..', '..', '..', '..')
const eslint = new ESLint({ cwd: ROOT })

/** The no-restricted-syntax messages ESLint gives `code` as if it were the file at `path`. */
async function restricted(code: string, path: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) })
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message)
}

const window = (preferences: string) => `new BrowserWindow({ webPreferences: { ${preferences} } })\n`

describe('the lint rules that keep the Electron shell locked down', () => {
  it.each([
    ['sandbox: false', 'The renderer stays sandboxed.'],
    ["'sandbox': false", 'The renderer stays sandboxed.'],
    ['nodeIntegration: true', 'Node integration stays off in the renderer.'],
    ['"nodeIntegration": true', 'Node integration stays off in the renderer.'],
    ['contextIsolation: false', 'Context isolation stays on.'],
    ['webSecurity: false', 'Web security stays on.']
  ])('refuse %s anywhere in the code', async (preferences, message) => {
    expect(await restricted(window(preferences), 'src/main/electron/example.ts')).toEqual([message])
    expect(await restricted(window(preferences), 'src/preload/example.ts')).toEqual([message])
  })

  it('let the safe settings through', async () => {
    const safe = window('sandbox: true, nodeIntegration: false, contextIsolation: true, webSecurity: true')
    expect(await restricted(safe, 'src/main/electron/example.ts')).toEqual([])
  })

  it.each([
    ["contextBridge.exposeInMainWorld('ipc', ipcRenderer)"],
    ["contextBridge.exposeInMainWorld('api', { ipcRenderer })"],
    ["contextBridge.exposeInMainWorld('api', { send: ipcRenderer.send })"],
    ["contextBridge.exposeInMainWorld('api', { on: ipcRenderer.on.bind(ipcRenderer) })"],
    ['const bridge = ipcRenderer']
  ])('refuse handing ipcRenderer to the page in the preload: %s', async (line) => {
    const code = `import { contextBridge, ipcRenderer } from 'electron'\n${line}\n`
    expect((await restricted(code, 'src/preload/example.ts')).length).toBeGreaterThan(0)
  })

  it('pass the preload and the window options as they are', async () => {
    for (const path of ['src/preload/index.ts', 'src/main/electron/window-options.ts']) {
      expect(await restricted(await readFile(join(ROOT, path), 'utf8'), path), path).toEqual([])
    }
  })
})

describe('the lint rule that keeps lowdb in the store', () => {
  const opening = "import { Low } from 'lowdb'\nexport const db = new Low(null as never, {})\n"

  it('refuses lowdb outside src/main/store, and lets the store use it', async () => {
    const refusals = async (path: string) => {
      const [result] = await eslint.lintText(opening, { filePath: join(ROOT, path) })
      return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
    }
    const message = "'lowdb' import is restricted from being used by a pattern. Data files are opened through src/main/store (JsonDatabase), which owns lowdb."
    expect(await refusals('src/main/electron/example.ts')).toEqual([message])
    expect(await refusals('src/main/services/example.ts')).toEqual([message])
    expect(await refusals('src/main/store/example.ts')).toEqual([])
  })
})
