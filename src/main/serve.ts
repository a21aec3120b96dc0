import { parseArgs } from 'node:util'
import { createServices } from './container'
import { createDispatch } from './ipc/dispatch'
import { startBrowserModeServer } from './server/http-server'
import { defaultUserDataDir, requestedDataDir } from './data-dir'
import { builtAppPaths, exitWithMessage, UsageError } from './command-line'
import { BACKUP_EVERY_MINUTES } from './store/backups'
import { claimDataFolder } from './store/claim-data-folder'
import { dataFolder } from './store/data-folder'
import { version } from '../../package.json'

const USAGE = 'Usage: npm run serve -- [--no-open] [--port N] [--data-dir DIR]'

/** Browser mode: the same services and renderer, served on 127.0.0.1 with a session token. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'no-open': { type: 'boolean', default: false },
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string' }
    }
  })
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port takes a number from 0 to 65535.`)
  const dataDir = requestedDataDir(values['data-dir'], process.env) ?? defaultUserDataDir()
  const paths = builtAppPaths(import.meta.url)
  const { lock, machine } = await claimDataFolder(dataDir)
  process.on('exit', lock.releaseSync)
  const booting = createServices({
    dataDir,
    // The machine folder just claimed, so the services use the same one and do not read the machine id again.
    folder: dataFolder(dataDir, undefined, machine),
    seedsDir: paths.seedsDir,
    version,
    transport: 'http',
    backupEveryMinutes: BACKUP_EVERY_MINUTES,
    indexAtStart: true,
    // Built beside this entry (electron.vite.config.ts).
    fingerprintWorker: new URL('./fingerprint-worker.js', import.meta.url),
    searchWorker: new URL('./search-worker.js', import.meta.url)
  })
  // The page loads while the library is read; its first calls wait for the services.
  const dispatch = createDispatch(booting.then((services) => services.handlers))
  const server = await startBrowserModeServer({ dispatch, rendererDir: paths.rendererDir, port })
  console.log(`Parallax is running at ${server.url} (data: ${dataDir})`)
  if (!values['no-open']) {
    const { default: open } = await import('open')
    await open(server.url).catch(() => console.log('Open that address in your browser.'))
  }
  const services = await booting
  // No call is answered once the services begin to stop: the server closes first.
  const stop = () => void server.close().then(() => services.shutdown()).then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => exitWithMessage(error, USAGE, 'Parallax could not start: '))
