import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openServices } from '../../../helpers/test-services'
import { createDispatch } from '../../../../src/main/ipc/dispatch'
import { AppError } from '../../../../src/shared/errors'
import { SEEDS_DIR, tempDir } from '../../../helpers/temp-dir'

async function setup() {
  const dataDir = await tempDir()
  const services = await openServices({ dataDir, seedsDir: SEEDS_DIR, version: 'test', transport: 'http' })
  const logged: unknown[] = []
  const dispatch = createDispatch(services.handlers, (error) => logged.push(error))
  const [doc] = services.library.list()
  return { dataDir, dispatch, logged, id: doc!.id }
}

describe('dispatch', () => {
  it('answers a valid call with its value', async () => {
    const { dispatch } = await setup()
    const result = await dispatch('listDocuments', {})
    expect(result.ok && (result.value as unknown[]).length).toBe(5)
  })

  it.each([
    ['an unknown call', 'dropTables', {}, /no call named/],
    ['a prototype key as the call name', '__proto__', {}, /no call named/],
    ['a missing argument', 'openDocument', undefined, /expected object/i],
    ['a wrong type', 'openDocument', { id: 42 }, /expected string/i],
    ['a malformed id', 'openDocument', { id: '../../etc/passwd' }, /Not a document id/],
    ['an extra field', 'openDocument', { id: 'd_0123456789abcdef', admin: true }, /unrecognized key/i],
    ['an empty title', 'updateDocumentMeta', { id: 'd_0123456789abcdef', patch: { title: '  ' } }, /title cannot be empty/],
    ['a javascript: URL', 'updateDocumentMeta', { id: 'd_0123456789abcdef', patch: { url: 'javascript:alert(1)' } }, /http and https/],
    ['an impossible date', 'updateDocumentMeta', { id: 'd_0123456789abcdef', patch: { date: '2026-02-30' } }, /YYYY-MM-DD/],
    ['an unknown theme', 'updateSettings', { theme: 'neon' }, /invalid option/i]
  ])('refuses %s with a clear message', async (_label, name, input, message) => {
    const { dispatch, dataDir } = await setup()
    const before = await readFile(join(dataDir, 'catalog.json'), 'utf8')
    const result = await dispatch(name, input)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.code).toBe('invalid-argument')
    expect(!result.ok && result.error.message).toMatch(message)
    expect(await readFile(join(dataDir, 'catalog.json'), 'utf8')).toBe(before)
  })

  it('stores an edited title and outlet without bidi overrides, which would show them reversed', async () => {
    const { dispatch, id } = await setup()
    const result = await dispatch('updateDocumentMeta', { id, patch: { title: 'Invoice \u202Efdp.exe', outlet: '\u2067Daily\u2069 News' } })
    expect(result.ok && result.value).toMatchObject({ title: 'Invoice fdp.exe', outlet: 'Daily News' })
  })

  it('gives the beginning of a text when asked for a head, with the length of the whole', async () => {
    const { dispatch, id } = await setup()
    const whole = await dispatch('openDocument', { id })
    const head = await dispatch('openDocument', { id, head: 500 })
    if (!whole.ok || !head.ok) throw new Error('openDocument failed')
    const { text, length } = whole.value as { text: string; length: number }
    const beginning = head.value as { text: string; length: number }
    expect(length).toBe(text.length)
    expect(beginning.length).toBe(text.length)
    expect(beginning.text.length).toBeLessThanOrEqual(500)
    expect(beginning.text.length).toBeGreaterThan(0)
    expect(text.startsWith(beginning.text)).toBe(true)
    expect(beginning.text.endsWith('\n')).toBe(true)
  })

  it('reports a document that does not exist as not found', async () => {
    const { dispatch } = await setup()
    const result = await dispatch('openDocument', { id: 'd_0123456789abcdef' })
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: 'That document is no longer in the library.' } })
  })

  it('turns an unexpected failure into one sentence and logs the details', async () => {
    const dataDir = await tempDir()
    const services = await openServices({ dataDir, seedsDir: SEEDS_DIR, version: 'test', transport: 'http' })
    const logged: unknown[] = []
    const failing = { ...services.handlers, listDocuments: () => Promise.reject(new Error('disk on fire')) }
    const result = await createDispatch(failing, (error) => logged.push(error))('listDocuments', {})
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong while running "listDocuments". The details are in the log.' } })
    expect(logged).toHaveLength(1)
  })

  it('holds calls made while the services boot until they are ready, and answers them then', async () => {
    const dataDir = await tempDir()
    const booting = openServices({ dataDir, seedsDir: SEEDS_DIR, version: 'test', transport: 'http' })
    const dispatch = createDispatch(booting.then((services) => services.handlers))
    const early = dispatch('listDocuments', {})
    const services = await booting
    const result = await early
    expect(result.ok && (result.value as { id: string }[]).map((doc) => doc.id).sort()).toEqual(services.library.list().map((doc) => doc.id).sort())
  })

  it('answers calls with the reason when the services could not boot', async () => {
    const logged: unknown[] = []
    const failed = Promise.reject(new AppError('conflict', 'The data folder is in use by another Parallax.'))
    const result = await createDispatch(failed, (error) => logged.push(error))('listDocuments', {})
    expect(result).toEqual({ ok: false, error: { code: 'conflict', message: 'The data folder is in use by another Parallax.' } })
    expect(logged).toEqual([])
  })
})
