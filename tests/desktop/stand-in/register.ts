/**
 * Loaded with `node --import` before the built main bundle: the bundle's `import ... from 'electron'` gets the
 * stand-in, and argv is laid out as Electron's under `electron APP_PATH ...` (the app's folder where Node has the
 * script; `process.defaultApp` set), so the shell reads its arguments as it does under Electron.
 */
import { register } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const here = import.meta.dirname
register(pathToFileURL(join(here, 'resolve-electron.mjs')), { data: { standIn: pathToFileURL(join(here, 'electron.ts')).href } })

const script = resolve(process.argv[1] ?? '.')
process.argv[1] = resolve(dirname(script), '..', '..')
Object.defineProperty(process, 'defaultApp', { value: true })
