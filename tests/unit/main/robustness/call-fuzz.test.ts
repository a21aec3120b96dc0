import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../../../../src/main/container'
import { createDispatch, type Dispatch } from '../../../../src/main/ipc/dispatch'
import { startBrowserModeServer, type BrowserModeServer } from '../../../../src/main/server/http-server'
import { callNames, type CallName } from '../../../../src/shared/contract/names'
import type { WorkspaceLayout } from '../../../../src/shared/workspace'
import { folderDigest } from '../../../helpers/data-folder'
import { SEEDS_DIR } from '../../../helpers/temp-dir'
import { malformedCases, NO_DOCUMENT, WELL_FORMED } from './malformed-calls'

/** A door into the back end: the IPC handler function of the desktop app, or browser mode's HTTP endpoint. */
interface Door {
  name: string
  dataDir: string
  send: (name: string, body: string, input: unknown) => Promise<unknown>
  /** What the door's dispatch logged as unexpected: any entry means a call failed in a way nobody planned. */
  logged: unknown[]
}

/** A message fit for a user: one short sentence, no stack, no error class, no source or data path. */
const UNCLEAN = /\n|\bat \S+ \(|:\d+:\d+|(Type|Reference|Range|Syntax|Internal)Error|\.ts\b|\/src\/|node_modules|\/tmp\//

let root: string
let server: BrowserModeServer
const doors: Door[] = []
const opened: Services[] = []
let sent = 0

// One folder for the whole file: the helper's tempDir is removed after each test.
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'parallax-fuzz-'))
  const ipc = await withData(join(root, 'ipc-data'), 'electron')
  opened.push(ipc)
  const ipcLogged: unknown[] = []
  const dispatch: Dispatch = createDispatch(ipc.handlers, (error) => ipcLogged.push(error))
  doors.push({ name: 'IPC', dataDir: join(root, 'ipc-data'), send: (name, _body, input) => dispatch(name, input), logged: ipcLogged })

  const http = await withData(join(root, 'http-data'), 'http')
  opened.push(http)
  const httpLogged: unknown[] = []
  const rendererDir = join(root, 'renderer')
  await mkdir(rendererDir)
  server = await startBrowserModeServer({ dispatch: createDispatch(http.handlers, (error) => httpLogged.push(error)), rendererDir, port: 0 })
  const post = async (name: string, body: string) => {
    const response = await fetch(`http://127.0.0.1:${server.port}/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-parallax-token': server.token },
      body
    })
    return response.json()
  }
  doors.push({ name: 'HTTP', dataDir: join(root, 'http-data'), send: post, logged: httpLogged })
}, 60_000)

afterAll(async () => {
  console.log(`malformed calls: ${sent} malformed arguments sent through ${doors.map((d) => d.name).join(' and ')}`)
  await server?.close()
  // Shut down before the folder goes, so that none of their background writes races its removal.
  for (const services of opened) await services.shutdown()
  await rm(root, { recursive: true, force: true })
})

/** A library with a highlight, a note and a tag, so there are annotation files to keep intact. */
async function withData(dataDir: string, transport: 'electron' | 'http'): Promise<Services> {
  const services = await createServices({ dataDir, seedsDir: SEEDS_DIR, version: 'test', transport })
  const [doc] = services.library.list()
  await services.annotations.create({ documentId: doc!.id, start: 0, end: 12, categoryId: services.categories.list()[0]!.id, tags: ['kept'], note: 'Kept.' })
  await services.annotations.setDocumentNote(doc!.id, 'A note.')
  return services
}

/** What is wrong with `result` as the refusal of a malformed call, or null when it is a clean error. */
function problemWith(result: unknown, code: string): string | null {
  const { ok, error } = (result ?? {}) as { ok?: unknown; error?: { code?: unknown; message?: unknown } }
  if (ok !== false || !error || typeof error !== 'object') return `accepted: ${JSON.stringify(result)?.slice(0, 200)}`
  if (error.code !== code) return `code ${String(error.code)}: ${String(error.message)}`
  if (typeof error.message !== 'string' || error.message.length === 0 || error.message.length > 300) return `message of ${String(error.message).length} characters`
  if (UNCLEAN.test(error.message)) return `unclean message: ${error.message}`
  return null
}

describe('malformed calls', () => {
  it.each(callNames.map((name) => [name]))('%s refuses every malformed argument cleanly, through IPC and HTTP, and changes no file', async (name: CallName) => {
    const cases = malformedCases(name)
    for (const door of doors) {
      const before = await folderDigest(door.dataDir)
      const problems: string[] = []
      for (const { label, input, body } of cases) {
        sent += 1
        const problem = problemWith(await door.send(name, body ?? JSON.stringify(input), input), 'invalid-argument')
        if (problem) problems.push(`${label}: ${problem}`)
      }
      expect(problems, `${name} through ${door.name}`).toEqual([])
      expect(door.logged).toEqual([])
      expect(await folderDigest(door.dataDir)).toEqual(before)
    }
    expect(cases.length).toBeGreaterThanOrEqual(6)
  })

  it.each(callNames.filter((name) => name !== 'saveWorkspace' && JSON.stringify(WELL_FORMED[name]).includes(NO_DOCUMENT)).map((name) => [name]))(
    '%s answers an id that does not exist with a clean error or an empty answer, and changes no file',
    async (name) => {
      for (const door of doors) {
        const before = await folderDigest(door.dataDir)
        const result = (await door.send(name, JSON.stringify(WELL_FORMED[name]), WELL_FORMED[name])) as { ok: boolean }
        if (!result.ok) expect(problemWith(result, 'not-found'), `${name} through ${door.name}`).toBeNull()
        expect(door.logged).toEqual([])
        expect(await folderDigest(door.dataDir)).toEqual(before)
      }
    }
  )

  it('saveWorkspace keeps a layout naming a missing document, which reads back without it', async () => {
    // The renderer saves the layout as it scrolls, so a save may name a document deleted a moment before.
    for (const door of doors) {
      const before = await folderDigest(door.dataDir)
      expect(await door.send('saveWorkspace', JSON.stringify(WELL_FORMED.saveWorkspace), WELL_FORMED.saveWorkspace)).toEqual({ ok: true })
      const after = await folderDigest(door.dataDir)
      expect(Object.keys(after).filter((path) => after[path] !== before[path])).toEqual(['machines/test-machine/workspace.json'])
      const read = (await door.send('getWorkspace', '{}', {})) as { value: WorkspaceLayout }
      expect(read.value.panes.map((pane) => pane.documentId)).toEqual([null])
    }
  })

  it('refuses names that are not calls, prototype names included', async () => {
    for (const door of doors) {
      for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'x'.repeat(10_000)]) {
        expect(problemWith(await door.send(name, '{}', {}), 'invalid-argument'), `${name.slice(0, 20)} through ${door.name}`).toBeNull()
      }
    }
  })

  it('leaves Object.prototype untouched after __proto__ and constructor keys', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('answers the dialog calls with null where there is no dialog, writing nothing', async () => {
    for (const door of doors) {
      const before = await folderDigest(root)
      expect(await door.send('chooseImportFiles', '{}', {})).toEqual({ ok: true, value: null })
      const save = { fileName: '../../notes.md', content: 'x'.repeat(10 * 1024 * 1024) }
      expect(await door.send('saveExportFile', JSON.stringify(save), save)).toEqual({ ok: true, value: null })
      expect(await folderDigest(root)).toEqual(before)
      expect((await readdir(root)).sort()).toEqual(['http-data', 'ipc-data', 'renderer'])
    }
  })
})
