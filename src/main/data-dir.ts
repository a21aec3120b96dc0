import { mkdir } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { AppError } from '../shared/errors'

const APP_NAME = 'Parallax'

/**
 * The data folder named on the command line (`--data-dir DIR`) or in PARALLAX_DATA_DIR, if any.
 * Without either, the desktop app uses Electron's userData folder and browser mode the same path.
 */
export function requestedDataDir(flag: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  const chosen = flag || env.PARALLAX_DATA_DIR
  return chosen ? resolve(chosen) : undefined
}

/** Where Electron's `app.getPath('userData')` points for this app, computed without Electron. */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME)
}

/** Makes the data folder if it is not there yet; says plainly when the path names a file. */
export async function ensureDataFolder(dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST' || error.code === 'ENOTDIR') {
      throw new AppError('invalid-argument', `The data folder ${dataDir} is a file, not a folder.`)
    }
    throw error
  })
}
